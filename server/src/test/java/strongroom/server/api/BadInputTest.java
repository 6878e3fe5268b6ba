package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.auth.Role;

/**
 * Bad requests get 4xx JSON errors that never quote the body, and write nothing. Each body carries a
 * canary value; {@link ApiTestBase#call} fails if any response contains it.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BadInputTest extends ApiTestBase {
  private String editor;
  private String canary;
  private int secretsBefore;

  @BeforeEach
  void setUp() {
    editor = token(Role.EDITOR);
    canary = Canaries.next();
    secretsBefore = json(get(secretsPath(WS) + "?deleted=false", editor)).get("secrets").size();
  }

  @AfterEach
  void nothingWritten() {
    assertEquals(secretsBefore, json(get(secretsPath(WS), editor)).get("secrets").size());
  }

  private HttpResponse<String> post(String body) {
    HttpResponse<String> response = call("POST", secretsPath(WS), editor, body);
    assertFalse(response.body().contains(canary), "the response quotes the request");
    return response;
  }

  private String key() {
    return "{\"key\":\"API_KEY\",\"value\":\"" + canary + "\"}";
  }

  @Test
  void malformedJson_is400() {
    assertError(post("{\"name\":\"x\",\"keys\":[" + key() + "]"), 400, "MALFORMED_JSON");
    assertError(post("\"" + canary), 400, "MALFORMED_JSON");
    assertError(post(""), 400, "MALFORMED_JSON");
    assertError(post("{} {\"" + canary + "\":1}"), 400, "MALFORMED_JSON");
  }

  @Test
  void unknownField_is400_withoutRepeatingItsName() {
    JsonNode error = assertError(post("{\"name\":\"x\",\"" + canary + "\":1,\"keys\":[" + key() + "]}"), 400,
        "UNKNOWN_FIELD");
    assertFalse(error.toString().contains(canary));
    assertError(post("{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"" + canary + "\",\"extra\":1}]}"),
        400, "UNKNOWN_FIELD");
  }

  @Test
  void wrongTypes_are400() {
    assertError(post("{\"name\":1,\"keys\":[" + key() + "]}"), 400, "WRONG_TYPE");
    assertError(post("{\"name\":\"x\",\"keys\":{\"key\":\"" + canary + "\"}}"), 400, "WRONG_TYPE");
    assertError(post("{\"name\":\"x\",\"tags\":[\"" + canary + "\"],\"keys\":[" + key() + "]}"), 400, "WRONG_TYPE");
    assertError(post("[" + key() + "]"), 400, "WRONG_TYPE");
    assertError(post("{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":12345}]}"), 400, "WRONG_TYPE");
  }

  @Test
  void invalidName_is422_withEveryViolation() {
    JsonNode error = assertError(post("{\"name\":\"Bad Name!\",\"environment\":\"no spaces\",\"keys\":["
        + "{\"key\":\"bad key\",\"value\":\"" + canary + "\"}]}"), 422, "INVALID_INPUT");
    Set<String> fields = new HashSet<>();
    error.get("details").forEach(v -> {
      fields.add(v.get("field").asText());
      assertFalse(v.get("rule").asText().isEmpty());
      assertFalse(v.get("message").asText().isEmpty());
    });
    assertEquals(Set.of("name", "environment", "keys[0].key"), fields, error::toString);
  }

  @Test
  void unknownType_andMissingKeys_are422() {
    assertError(post("{\"name\":\"x\",\"type\":\"" + canary + "\",\"keys\":[" + key() + "]}"), 422, "INVALID_INPUT");
    assertError(post("{\"name\":\"x\"}"), 422, "INVALID_INPUT");
    assertError(get(secretsPath(WS) + "?type=nonsense", editor), 422, "INVALID_INPUT");
  }

  @Test
  void bodyOverOneMebibyte_is413() {
    String huge = "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"" + canary + "x".repeat(1024 * 1024) + "\"}]}";
    assertError(post(huge), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void unparsableRequest_is400Json_withoutEchoingIt() throws Exception {
    int port = Integer.parseInt(baseUrl().substring(baseUrl().lastIndexOf(':') + 1));
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(("GET /healthz HTTP/1.1\r\nHost: x\r\nBroken header " + canary + "\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      socket.setSoTimeout(10_000);
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertFalse(answer.contains(canary), "the error echoes the request");
      assertFalse(answer.isEmpty());
      assertEquals("HTTP/1.1 400", answer.substring(0, 12), answer);
      org.junit.jupiter.api.Assertions.assertTrue(answer.contains("\"code\":\"BAD_REQUEST\""), answer);
    }
  }

  @Test
  void unknownRoute_is404() {
    assertError(get("/api/v1/nothing", editor), 404, "NOT_FOUND");
    // Outside the API an unknown path is a page address: the web UI's HTML 404.
    var page = get("/nothing", null);
    assertEquals(404, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page::body);
    assertError(get(secretsPath(WS) + "/no-such-id", editor), 404, "NOT_FOUND");
  }

  @Test
  void badAuditFilters_are422() {
    String admin = token(Role.ADMIN);
    assertError(get("/api/v1/workspaces/default/audit?since=yesterday", admin), 422, "INVALID_INPUT");
    assertError(get("/api/v1/workspaces/default/audit?limit=0", admin), 422, "INVALID_INPUT");
  }

  @Test
  void badPatch_is400or422_andChangesNothing() {
    String location = call("POST", secretsPath(WS), editor, createBody("patch_target", "default"))
        .headers().firstValue("Location").orElseThrow();
    secretsBefore++;
    assertError(call("PATCH", location, editor, "{\"expected_version\":\"one\"}"), 400, "WRONG_TYPE");
    assertError(call("PATCH", location, editor, "{\"name\":\"NOPE NOPE\",\"keys\":[" + key() + "]}"), 422,
        "INVALID_INPUT");
    assertError(call("POST", location + "/rollback", editor, "{}"), 422, "INVALID_INPUT");
    assertEquals(1, json(get(location, editor)).get("version").asInt());
  }
}
