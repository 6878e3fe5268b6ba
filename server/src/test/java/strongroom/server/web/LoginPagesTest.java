package strongroom.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginPagesTest {
  @ParameterizedTest
  @ValueSource(strings = {"/", "/w/default/credentials", "/w/default/credentials?name=vt&type=custom",
      "/w/tenant%20a/workflows/abc?action=lookup"})
  void aPathOnThisServer_isWhereSignInGoes(String next) {
    assertEquals(next, LoginPages.safeNext(next));
  }

  @ParameterizedTest
  @ValueSource(strings = {"//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example",
      "/\r\nSet-Cookie: x", "https://evil.example/", "evil.example", "", "/login", "/login?next=/x",
      "/w/\u00e9"})
  void anythingElse_goesHome(String next) {
    assertEquals("/", LoginPages.safeNext(next));
  }
}
