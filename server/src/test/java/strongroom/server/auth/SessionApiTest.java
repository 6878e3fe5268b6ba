package strongroom.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;

/** Login over HTTP: the cookie's flags, CSRF on state changes, roles from memberships, logout. */
@ParameterizedClass
@EnumSource(Backend.class)
class SessionApiTest extends ApiTestBase {
  private static int counter;
  private Users users;
  private strongroom.secrets.service.SecretStore usersStore;

  /** Made on first use: the store opens per backend invocation, after any @BeforeAll. */
  private Users users() {
    if (usersStore != store) {
      users = new Users(store, Clock.systemUTC());
      usersStore = store;
    }
    return users;
  }

  /** A logged-in user: cookie value and CSRF token. */
  private record Login(String cookie, String csrf) {}

  /** Creates a user (an owner, or a member of `default` with {@code role}) and logs in. */
  private Login login(Role role, boolean owner) {
    String name = "user" + (++counter);
    String password = Canaries.next();
    users().create(name, password.toCharArray(), owner);
    if (role != null) {
      users().addMembership(name, WS, role);
    }
    HttpResponse<String> response = loginCall(name, password);
    assertEquals(200, response.statusCode(), response::body);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    return new Login(cookie, json(response).get("csrf_token").asText());
  }

  private HttpResponse<String> loginCall(String username, String password) {
    return call("POST", "/api/v1/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  /** A request with the session cookie, and the CSRF header when {@code csrf} is not null. */
  private HttpResponse<String> session(String method, String path, Login login, String csrf, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
        .header("Cookie", "other=1; " + Sessions.COOKIE + "=" + login.cookie());
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      Canaries.assertAbsent(method + " " + path + " response", response.body() + response.headers().map());
      return response;
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("request failed: " + method + " " + path, e);
    }
  }

  @Test
  void login_setsAnHttpOnlyStrictCookie_andReturnsACsrfToken() {
    String password = Canaries.next();
    users().create("carol", password.toCharArray(), false);
    HttpResponse<String> response = loginCall("carol", password);
    assertEquals(200, response.statusCode(), response::body);
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith(Sessions.COOKIE + "=srs_"), "cookie name");
    assertTrue(setCookie.contains("; HttpOnly"), "HttpOnly");
    assertTrue(setCookie.contains("; SameSite=Strict"), "SameSite=Strict");
    assertFalse(setCookie.contains("Secure"), "not Secure over plain HTTP");
    JsonNode body = json(response);
    assertEquals("carol", body.get("username").asText());
    assertTrue(body.get("csrf_token").asText().length() >= 43);
    assertFalse(response.body().contains(setCookie.substring(0, setCookie.indexOf(';'))), "cookie not in body");
  }

  @Test
  void wrongPassword_andUnknownUser_get401_withTheSameMessage() {
    users().create("dave", Canaries.next().toCharArray(), false);
    JsonNode wrong = assertError(loginCall("dave", Canaries.next()), 401, "UNAUTHENTICATED");
    JsonNode unknown = assertError(loginCall("nobody-here", Canaries.next()), 401, "UNAUTHENTICATED");
    assertEquals(wrong.get("message").asText(), unknown.get("message").asText());
  }

  @Test
  void repeatedFailures_get429_thenTheLockHoldsForTheRightPassword() {
    String password = Canaries.next();
    users().create("erin", password.toCharArray(), false);
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertError(loginCall("erin", Canaries.next()), 401, "UNAUTHENTICATED");
    }
    for (int i = LoginThrottle.FREE_FAILURES; i < LoginThrottle.LOCK_AFTER; i++) {
      clock.advance(LoginThrottle.delayAfter(i));
      assertError(loginCall("erin", Canaries.next()), 401, "UNAUTHENTICATED");
    }
    HttpResponse<String> locked = loginCall("erin", password);
    assertError(locked, 429, "TOO_MANY_ATTEMPTS");
    assertTrue(locked.headers().firstValue("Retry-After").isPresent());
    clock.advance(LoginThrottle.LOCK_FOR);
    assertEquals(200, loginCall("erin", password).statusCode());
  }

  @Test
  void stateChanges_needTheCsrfToken() {
    Login admin = login(Role.ADMIN, false);
    assertError(session("POST", secretsPath(WS), admin, null, createBody("csrf_a", "dev")), 403, "FORBIDDEN");
    assertError(session("POST", secretsPath(WS), admin, "wrong", createBody("csrf_a", "dev")), 403, "FORBIDDEN");
    HttpResponse<String> created = session("POST", secretsPath(WS), admin, admin.csrf(), createBody("csrf_a", "dev"));
    assertEquals(201, created.statusCode(), created::body);
    String id = json(created).get("id").asText();
    assertEquals("user:" + "user" + counter, json(created).get("created_by").asText());
    String patch = "{\"description\":\"changed\"}";
    assertError(session("PATCH", secretsPath(WS) + "/" + id, admin, null, patch), 403, "FORBIDDEN");
    assertEquals(200, session("PATCH", secretsPath(WS) + "/" + id, admin, admin.csrf(), patch).statusCode());
    assertError(session("DELETE", secretsPath(WS) + "/" + id, admin, null, null), 403, "FORBIDDEN");
    assertEquals(204, session("DELETE", secretsPath(WS) + "/" + id, admin, admin.csrf(), null).statusCode());
    assertEquals(200, session("GET", secretsPath(WS), admin, null, null).statusCode(), "reads need no CSRF");
  }

  @Test
  void roles_comeFromTheMembership() {
    Login viewer = login(Role.VIEWER, false);
    assertEquals(200, session("GET", secretsPath(WS), viewer, null, null).statusCode());
    assertError(session("POST", secretsPath(WS), viewer, viewer.csrf(), createBody("v_a", "dev")), 403, "FORBIDDEN");
    Login editor = login(Role.EDITOR, false);
    assertEquals(201, session("POST", secretsPath(WS), editor, editor.csrf(), createBody("e_a", "dev")).statusCode());
    assertError(session("GET", "/api/v1/workspaces/default/audit", editor, null, null), 403, "FORBIDDEN");
    assertError(session("GET", secretsPath("other"), editor, null, null), 403, "FORBIDDEN");
    assertError(session("GET", secretsPath("no-such-ws"), editor, null, null), 403, "FORBIDDEN");
    Login nobody = login(null, false);
    assertError(session("GET", secretsPath(WS), nobody, null, null), 403, "FORBIDDEN");
  }

  @Test
  void owners_canDoEverything_inEveryWorkspace() {
    Login owner = login(null, true);
    assertEquals(201, session("POST", secretsPath("other"), owner, owner.csrf(), createBody("o_a", "dev")).statusCode());
    assertEquals(200, session("GET", "/api/v1/workspaces/other/audit", owner, null, null).statusCode());
    HttpResponse<String> created = session("POST", secretsPath(WS), owner, owner.csrf(), createBody("o_b", "dev"));
    String id = json(created).get("id").asText();
    assertEquals(204, session("DELETE", secretsPath(WS) + "/" + id, owner, owner.csrf(), null).statusCode());
    assertEquals(204, session("POST", secretsPath(WS) + "/" + id + "/purge", owner, owner.csrf(), null).statusCode());
  }

  @Test
  void logout_needsCsrf_andEndsTheSession() {
    Login user = login(Role.VIEWER, false);
    assertError(session("POST", "/api/v1/logout", user, null, null), 403, "FORBIDDEN");
    HttpResponse<String> out = session("POST", "/api/v1/logout", user, user.csrf(), null);
    assertEquals(204, out.statusCode());
    assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
    assertError(session("GET", secretsPath(WS), user, null, null), 401, "UNAUTHENTICATED");
    assertError(session("POST", "/api/v1/logout", user, user.csrf(), null), 401, "UNAUTHENTICATED");
  }

  @Test
  void aBadCookie_is401_andABearerTokenStillWins() {
    assertError(session("GET", secretsPath(WS), new Login("srs_forged", "x"), null, null), 401, "UNAUTHENTICATED");
    assertEquals(200, get(secretsPath(WS), token(Role.VIEWER)).statusCode());
  }
}
