package strongroom.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import strongroom.server.http.ApiException;

class FormBodyTest {
  @Test
  void repeatedNames_keepTheirOrder_andValuesAreDecoded() {
    FormBody form = FormBody.parse("key=A&value=a+b%26c&key=B&value=&_csrf=t");
    assertEquals(List.of("A", "B"), form.all("key"));
    assertEquals(List.of("a b&c", ""), form.all("value"));
    assertEquals("t", form.get("_csrf"));
    assertNull(form.get("missing"));
  }

  @Test
  void raw_keepsSpaces_get_trims() {
    FormBody form = FormBody.parse("value=+padded+");
    assertEquals(" padded ", form.raw("value"));
    assertEquals("padded", form.get("value"));
  }

  @Test
  void badEncoding_isA400() {
    ApiException e = assertThrows(ApiException.class, () -> FormBody.parse("value=%zz"));
    assertEquals(400, e.status());
  }

  @Test
  void toString_namesFieldsOnly() {
    String shown = FormBody.parse("value=hunter2-secret&key=K").toString();
    assertFalse(shown.contains("hunter2"), shown);
  }
}
