package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;
import strongroom.engine.registry.docs.SecretUsage;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditQuery;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.auth.Role;
import strongroom.server.auth.Sessions;
import strongroom.server.auth.Users;

/** Definitions, members and API tokens over HTTP, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminApiTest extends ApiTestBase {
  private static final String WS_PATH = "/api/v1/workspaces/default";

  @Test
  void definitions_showWhereARegistrySecretIsConfigured() {
    SecretUsage usage = SecretUsage.of(StandardRegistry.create(RegistryConfig.defaults())).stream()
        .filter(u -> !u.keys().isEmpty()).findFirst().orElseThrow();
    String editor = token(Role.EDITOR);
    StringBuilder keys = new StringBuilder();
    for (String key : usage.keys()) {
      keys.append(keys.isEmpty() ? "" : ",").append("{\"key\":\"").append(key).append("\",\"value\":\"")
          .append(Canaries.next()).append("\"}");
    }
    String configured = "{\"name\":\"" + usage.name() + "\",\"environment\":\"tenant_x\",\"keys\":[" + keys + "]}";
    assertEquals(201, call("POST", secretsPath(WS), editor, configured).statusCode());
    String partial = "{\"name\":\"" + usage.name() + "\",\"environment\":\"tenant_y\",\"keys\":[{\"key\":\"UNRELATED\","
        + "\"value\":\"" + Canaries.next() + "\"}]}";
    assertEquals(201, call("POST", secretsPath(WS), editor, partial).statusCode());

    HttpResponse<String> response = get(WS_PATH + "/definitions", token(Role.VIEWER));
    assertEquals(200, response.statusCode(), response::body);
    JsonNode row = null;
    for (JsonNode r : json(response).get("definitions")) {
      if (r.get("name").asText().equals(usage.name())) {
        row = r;
      }
    }
    assertTrue(row != null, usage.name());
    assertEquals("[\"tenant_x\"]", row.get("environments").toString(), row::toString);
    assertEquals(usage.keys().size(), row.get("keys").size());
    assertEquals(usage.actions().size(), row.get("actions").size());
    assertTrue(row.has("optional") && row.has("optional_keys"));
  }

  @Test
  void members_addChangeRemove_takeEffect() throws Exception {
    Users users = new Users(store, clock);
    String password = "correct horse battery";
    users.create("dave", password.toCharArray(), false);
    String admin = token(Role.ADMIN);
    assertError(call("PUT", WS_PATH + "/members/dave", token(Role.EDITOR), "{\"role\":\"viewer\"}"), 403, "FORBIDDEN");
    HttpResponse<String> login = call("POST", "/api/v1/login", null,
        "{\"username\":\"dave\",\"password\":\"" + password + "\"}");
    assertEquals(200, login.statusCode(), login::body);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    assertEquals(403, withCookie(cookie, secretsPath(WS)).statusCode(), "no membership yet");

    assertEquals(200, call("PUT", WS_PATH + "/members/dave", admin, "{\"role\":\"viewer\"}").statusCode());
    assertEquals(200, withCookie(cookie, secretsPath(WS)).statusCode());
    assertEquals(403, withCookie(cookie, WS_PATH + "/audit").statusCode(), "viewer is not admin");
    assertEquals(200, call("PUT", WS_PATH + "/members/dave", admin, "{\"role\":\"admin\"}").statusCode());
    assertEquals(200, withCookie(cookie, WS_PATH + "/audit").statusCode());
    JsonNode members = json(get(WS_PATH + "/members", admin)).get("members");
    assertTrue(members.toString().contains("{\"username\":\"dave\",\"role\":\"admin\""), members::toString);

    assertEquals(204, call("DELETE", WS_PATH + "/members/dave", admin, null).statusCode());
    assertEquals(403, withCookie(cookie, secretsPath(WS)).statusCode());
    assertError(call("DELETE", WS_PATH + "/members/dave", admin, null), 404, "NOT_FOUND");
    assertError(call("PUT", WS_PATH + "/members/nobody", admin, "{\"role\":\"viewer\"}"), 404, "NOT_FOUND");
    assertError(call("PUT", WS_PATH + "/members/dave", admin, "{\"role\":\"root\"}"), 422, "INVALID_INPUT");

    List<AuditEvent> set = audited(AuditAction.MEMBER_SET);
    assertEquals(List.of("username=dave role=viewer", "username=dave role=admin"),
        set.stream().map(AuditEvent::detail).toList());
    List<AuditEvent> removed = audited(AuditAction.MEMBER_REMOVE);
    assertEquals(1, removed.size(), "only the removal that happened");
    assertEquals("username=dave", removed.get(0).detail());
    for (AuditEvent e : concat(set, removed)) {
      assertAdminEvent(e, store.workspaces().require(WS).id());
      assertFalse(e.detail().contains(password));
      assertFalse(e.detail().contains(admin));
    }
  }

  @Test
  void tokens_createdOnce_listedWithoutTheToken_revoked() {
    String admin = token(Role.ADMIN);
    assertError(call("POST", WS_PATH + "/tokens", token(Role.EDITOR), "{\"role\":\"viewer\"}"), 403, "FORBIDDEN");
    HttpResponse<String> created = call("POST", WS_PATH + "/tokens", admin,
        "{\"role\":\"viewer\",\"expires_in\":\"30d\"}");
    assertEquals(201, created.statusCode(), created::body);
    String token = json(created).get("token").asText();
    String id = json(created).get("id").asText();
    assertTrue(token.startsWith("srt_"));
    assertEquals("viewer", json(created).get("role").asText());
    assertEquals(200, get(secretsPath(WS), token).statusCode());

    HttpResponse<String> listed = get(WS_PATH + "/tokens", admin);
    assertEquals(200, listed.statusCode());
    assertTrue(listed.body().contains(id));
    assertFalse(listed.body().contains(token), "the list never shows a token");
    assertFalse(listed.body().contains("\"token\""));

    String otherId = tokens.create("other", Role.ADMIN, null, "operator:test").token().id();
    assertError(call("DELETE", WS_PATH + "/tokens/" + otherId, admin, null), 404, "NOT_FOUND");
    assertFalse(get(WS_PATH + "/tokens", admin).body().contains(otherId), "another workspace's tokens are hidden");
    assertEquals(204, call("DELETE", WS_PATH + "/tokens/" + id, admin, null).statusCode());
    assertError(get(secretsPath(WS), token), 401, "UNAUTHENTICATED");
    assertError(call("DELETE", WS_PATH + "/tokens/" + id, admin, null), 404, "NOT_FOUND");
    assertError(call("POST", WS_PATH + "/tokens", admin, "{\"role\":\"viewer\",\"expires_in\":\"soon\"}"), 422,
        "INVALID_INPUT");

    String wsId = store.workspaces().require(WS).id();
    List<AuditEvent> createdEvents = audited(AuditAction.TOKEN_CREATE);
    assertEquals(1, createdEvents.size(), "the API created one token (the fixture's go around it)");
    assertEquals("token_id=" + id + " role=viewer", createdEvents.get(0).detail());
    List<AuditEvent> revoked = audited(AuditAction.TOKEN_REVOKE);
    assertEquals(1, revoked.size(), "refused revokes are not audited");
    assertEquals("token_id=" + id, revoked.get(0).detail());
    for (AuditEvent e : concat(createdEvents, revoked)) {
      assertAdminEvent(e, wsId);
      assertFalse(e.toString().contains(token), "no token value in the audit row");
      assertFalse(e.toString().contains(admin), "no token value in the audit row");
      assertFalse(e.toString().contains("srt_"), "no token value in the audit row");
    }
  }

  private List<AuditEvent> audited(AuditAction action) {
    return store.audit().query(AuditQuery.all()).stream().filter(e -> e.action() == action)
        .sorted(Comparator.comparing(AuditEvent::at)).toList();
  }

  private static List<AuditEvent> concat(List<AuditEvent> a, List<AuditEvent> b) {
    List<AuditEvent> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void assertAdminEvent(AuditEvent e, String workspaceId) {
    assertEquals(AuditEvent.Outcome.SUCCESS, e.outcome());
    assertEquals(workspaceId, e.workspaceId());
    assertTrue(e.actor().startsWith("token:"), e::toString);
    assertEquals(null, e.secretId());
    assertEquals(null, e.secretName());
    assertEquals(null, e.environment());
    assertEquals(null, e.version());
  }

  private HttpResponse<String> withCookie(String cookie, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Cookie", Sessions.COOKIE + "=" + cookie).GET().build(), BodyHandlers.ofString());
    Canaries.assertAbsent("GET " + path, response.body());
    return response;
  }
}
