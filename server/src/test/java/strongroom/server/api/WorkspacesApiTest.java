package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditQuery;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.auth.Role;
import strongroom.server.auth.Sessions;
import strongroom.server.auth.Users;

/** GET /workspaces (what the caller may see) and POST /workspaces (owners' sessions only). */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkspacesApiTest extends ApiTestBase {
  private static final String PATH = "/api/v1/workspaces";
  private static int counter;

  private record Login(String cookie, String csrf) {}

  /** Creates a user (owner, or a member of {@code memberOf} with viewer) and logs in. */
  private Login login(boolean owner, String memberOf) {
    Users users = new Users(store, Clock.systemUTC());
    String name = "wsuser" + (++counter);
    String password = Canaries.next();
    users.create(name, password.toCharArray(), owner);
    if (memberOf != null) {
      users.addMembership(name, memberOf, Role.VIEWER);
    }
    HttpResponse<String> response = call("POST", "/api/v1/login", null,
        "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}");
    assertEquals(200, response.statusCode(), response::body);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    return new Login(setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';')),
        json(response).get("csrf_token").asText());
  }

  private HttpResponse<String> session(String method, Login login, boolean withCsrf, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + PATH))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .header("Cookie", Sessions.COOKIE + "=" + login.cookie());
    if (withCsrf) {
      request.header("X-CSRF-Token", login.csrf());
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      Canaries.assertAbsent(method + " " + PATH + " response", response.body() + response.headers().map());
      return response;
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("request failed: " + method + " " + PATH, e);
    }
  }

  private static List<String> names(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response::body);
    List<String> out = new ArrayList<>();
    json(response).get("workspaces").forEach(w -> {
      assertTrue(w.has("id") && w.has("created_at"), w::toString);
      out.add(w.get("name").asText());
    });
    return out;
  }

  @Test
  void list_aTokenSeesItsOneWorkspace() {
    assertEquals(List.of("default"), names(get(PATH, token(Role.VIEWER))));
    assertEquals(List.of("other"), names(get(PATH, token("other", Role.ADMIN))));
    assertError(get(PATH, null), 401, "UNAUTHENTICATED");
    assertError(get(PATH, "srt_not-a-token"), 401, "UNAUTHENTICATED");
  }

  @Test
  void list_aUserSeesItsMemberships_anOwnerSeesAll() {
    assertEquals(List.of("other"), names(session("GET", login(false, "other"), false, null)));
    assertEquals(List.of(), names(session("GET", login(false, null), false, null)));
    List<String> all = names(session("GET", login(true, null), false, null));
    assertEquals(store.workspaces().list().stream().map(w -> w.name()).toList(), all);
    assertTrue(all.containsAll(List.of("default", "other")), all::toString);
  }

  @Test
  void create_ownersOnly() {
    String body = "{\"name\":\"team-a\"}";
    assertError(call("POST", PATH, null, body), 401, "UNAUTHENTICATED");
    assertError(call("POST", PATH, token(Role.ADMIN), body), 403, "FORBIDDEN");
    assertError(session("POST", login(false, WS), true, body), 403, "FORBIDDEN");
    Login owner = login(true, null);
    assertError(session("POST", owner, false, body), 403, "FORBIDDEN");
    HttpResponse<String> created = session("POST", owner, true, body);
    assertEquals(201, created.statusCode(), created::body);
    assertEquals("team-a", json(created).get("name").asText());
    assertEquals(store.workspaces().require("team-a").id(), json(created).get("id").asText());
    assertTrue(names(session("GET", owner, false, null)).contains("team-a"));
    assertError(session("POST", owner, true, body), 409, "CONFLICT");
    JsonCheck.invalid(session("POST", owner, true, "{\"name\":\"Not Valid!\"}"));
    assertError(session("POST", owner, true, "{\"name\":\"x\",\"extra\":1}"), 400, "UNKNOWN_FIELD");

    List<AuditEvent> audited = store.audit().query(AuditQuery.all()).stream()
        .filter(e -> e.action() == AuditAction.WORKSPACE_CREATE).toList();
    assertEquals(1, audited.size(), "only the create that happened is audited");
    AuditEvent e = audited.get(0);
    assertEquals(store.workspaces().require("team-a").id(), e.workspaceId());
    assertEquals("name=team-a", e.detail());
    assertEquals(AuditEvent.Outcome.SUCCESS, e.outcome());
    assertTrue(e.actor().startsWith("user:"), e::toString);
    assertEquals(null, e.secretId());
  }

  /** A rejected name is 422 INVALID_INPUT naming the field. */
  private static final class JsonCheck {
    static void invalid(HttpResponse<String> response) {
      var error = assertError(response, 422, "INVALID_INPUT");
      assertEquals("name", error.get("details").get(0).get("field").asText(), response::body);
    }
  }
}
