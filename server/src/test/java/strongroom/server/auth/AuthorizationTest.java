package strongroom.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.server.ApiTestBase;

/** Authentication (401) and the role and workspace checks (403) of the one guard, over real HTTP. */
@ParameterizedClass
@EnumSource(Backend.class)
class AuthorizationTest extends ApiTestBase {
  @Test
  void noToken_is401() {
    assertError(get(secretsPath(WS), null), 401, "UNAUTHENTICATED");
  }

  @Test
  void unknownToken_is401() {
    assertError(get(secretsPath(WS), "srt_notarealtoken"), 401, "UNAUTHENTICATED");
    assertError(get(secretsPath(WS), "srt_" + "A".repeat(43)), 401, "UNAUTHENTICATED");
  }

  @Test
  void basicScheme_is401() throws Exception {
    String admin = token(Role.ADMIN);
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + secretsPath(WS)))
        .header("Authorization", "Basic " + admin).build();
    var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertError(response, 401, "UNAUTHENTICATED");
  }

  @Test
  void viewer_readsButCannotWrite() {
    String viewer = token(Role.VIEWER);
    assertEquals(200, get(secretsPath(WS), viewer).statusCode());
    assertEquals(200, get("/api/v1/workspaces/default/environments", viewer).statusCode());
    assertError(call("POST", secretsPath(WS), viewer, createBody("viewer_made", "default")), 403, "FORBIDDEN");
    assertError(get("/api/v1/workspaces/default/audit", viewer), 403, "FORBIDDEN");
  }

  @Test
  void editor_createsButCannotDeleteOrReadAudit() {
    String editor = token(Role.EDITOR);
    var created = call("POST", secretsPath(WS), editor, createBody("editor_made", "default"));
    assertEquals(201, created.statusCode());
    String id = json(created).get("id").asText();
    assertError(call("DELETE", secretsPath(WS) + "/" + id, editor, null), 403, "FORBIDDEN");
    assertError(call("POST", secretsPath(WS) + "/" + id + "/purge", editor, null), 403, "FORBIDDEN");
    assertError(get("/api/v1/workspaces/default/audit", editor), 403, "FORBIDDEN");
  }

  @Test
  void admin_deletesAndReadsAudit() {
    String admin = token(Role.ADMIN);
    var created = call("POST", secretsPath(WS), admin, createBody("admin_made", "default"));
    String id = json(created).get("id").asText();
    assertEquals(204, call("DELETE", secretsPath(WS) + "/" + id, admin, null).statusCode());
    assertEquals(200, get("/api/v1/workspaces/default/audit", admin).statusCode());
  }

  @Test
  void tokenOfAnotherWorkspace_is403_likeAnUnknownWorkspace() {
    String otherAdmin = token("other", Role.ADMIN);
    assertError(get(secretsPath(WS), otherAdmin), 403, "FORBIDDEN");
    assertError(get(secretsPath("no-such-workspace"), otherAdmin), 403, "FORBIDDEN");
    assertEquals(200, get(secretsPath("other"), otherAdmin).statusCode());
  }

  @Test
  void workspaceById_isAccepted() {
    String id = store.workspaces().require(WS).id();
    assertEquals(200, get(secretsPath(id), token(Role.VIEWER)).statusCode());
  }

  @Test
  void expiredToken_is401() {
    String token = tokens.create(WS, Role.VIEWER, clock.instant().plus(Duration.ofMinutes(5)), "operator:test")
        .revealToken();
    assertEquals(200, get(secretsPath(WS), token).statusCode());
    clock.advance(Duration.ofMinutes(6));
    assertError(get(secretsPath(WS), token), 401, "UNAUTHENTICATED");
  }

  @Test
  void revokedToken_is401() {
    IssuedToken issued = tokens.create(WS, Role.ADMIN, null, "operator:test");
    assertEquals(200, get(secretsPath(WS), issued.revealToken()).statusCode());
    tokens.revoke(issued.token().id());
    assertError(get(secretsPath(WS), issued.revealToken()), 401, "UNAUTHENTICATED");
  }

  @Test
  void health_needsNoToken() {
    assertEquals(200, get("/healthz", null).statusCode());
    assertEquals("ready", json(get("/readyz", null)).get("status").asText());
  }
}
