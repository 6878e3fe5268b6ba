package strongroom.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.WorkflowService;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.StrongroomServer;
import strongroom.server.auth.NewSession;
import strongroom.server.auth.Role;
import strongroom.server.auth.Sessions;
import strongroom.server.auth.Users;
import strongroom.server.http.Guard;
import strongroom.server.http.RequestMetrics;

/**
 * The web UI over real HTTP, without a browser: every page is guarded like the API (login, CSRF,
 * roles), carries the strict CSP, and never shows a value, not even one just posted in a refused form.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebUiTest extends ApiTestBase {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private int userCount;

  /** A signed-in browser: its session cookie and the CSRF token the pages embed. */
  private record Browser(String cookie, String csrf) {}

  private Browser signIn(Role role, String workspace) {
    Users users = new Users(store, Clock.systemUTC());
    String name = "web-" + role.wireName() + "-" + (++userCount);
    String password = Canaries.next();
    users.create(name, password.toCharArray(), false);
    users.addMembership(name, workspace, role);
    NewSession session = new Sessions(users, store.database(), clock).login(name, password.toCharArray());
    return new Browser(session.revealCookieValue(), session.revealCsrfToken());
  }

  private Browser signIn(Role role) {
    return signIn(role, WS);
  }

  private HttpResponse<String> page(String method, String path, Browser browser, List<String> form) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
    if (browser != null) {
      request.header("Cookie", Sessions.COOKIE + "=" + browser.cookie());
    }
    if (form != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
      request.method(method, BodyPublishers.ofString(encode(form)));
    } else {
      request.method(method, BodyPublishers.noBody());
    }
    return sendChecked(http, request.build(), method + " " + path);
  }

  /** {@code name, value, name, value…} as a form body; names may repeat, as key rows do. */
  private static String encode(List<String> pairs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs.size(); i += 2) {
      out.append(out.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private List<WebRoute> pages() {
    try (WorkflowService workflows = StrongroomServer.workflowService(store)) {
      Guard guard = new Guard(tokens, store, new RequestMetrics());
      return StrongroomServer.webUi(store, tokens, null, workflows, guard, clock, new RequestMetrics()).pages();
    }
  }

  private static String concrete(String path) {
    return path.replace("{ws}", WS).replace("{id}", "00000000-0000-0000-0000-000000000000")
        .replace("{run}", "00000000-0000-0000-0000-000000000001");
  }

  @Test
  void everyPage_withoutASession_redirectsToLogin() {
    for (WebRoute route : pages()) {
      HttpResponse<String> response = page(route.method().text(), concrete(route.path()), null,
          route.method() == Method.POST ? List.of("name", "x") : null);
      assertEquals(303, response.statusCode(), route::toString);
      assertTrue(response.headers().firstValue("Location").orElse("").startsWith("/login"), route::toString);
    }
  }

  @Test
  void everyFormPost_withoutTheCsrfToken_isRefused_andWritesNothing() {
    Browser admin = signIn(Role.ADMIN);
    long auditBefore = auditCount();
    for (WebRoute route : pages()) {
      if (route.method() != Method.POST) {
        continue;
      }
      HttpResponse<String> response = page("POST", concrete(route.path()), admin,
          List.of("name", "csrf_probe", "key", "API_KEY", "value", Canaries.next(), "_csrf", "forged"));
      assertEquals(403, response.statusCode(), route::toString);
      assertTrue(response.body().contains("form has expired"), route::toString);
    }
    assertEquals(auditBefore, auditCount(), "nothing was written");
    assertTrue(store.secrets().list(WS, "csrf_probe", null, null, false).isEmpty());
  }

  @Test
  void roles_areThoseOfTheApi_onPages() {
    Browser viewer = signIn(Role.VIEWER);
    Browser editor = signIn(Role.EDITOR);
    Browser stranger = signIn(Role.ADMIN, "other");
    assertEquals(200, page("GET", "/w/default/credentials", viewer, null).statusCode());
    assertFalse(page("GET", "/w/default/credentials", viewer, null).body().contains("Create Secret"));
    assertEquals(403, page("GET", "/w/default/credentials/new", viewer, null).statusCode());
    assertEquals(403, page("POST", "/w/default/credentials", viewer, List.of("_csrf", viewer.csrf(),
        "name", "viewer_made", "key", "K", "value", Canaries.next())).statusCode());
    assertEquals(200, page("GET", "/w/default/credentials/new", editor, null).statusCode());
    assertEquals(403, page("GET", "/w/default/tokens", editor, null).statusCode());
    assertEquals(403, page("GET", "/w/default/audit", editor, null).statusCode());
    // Another workspace's admin sees nothing here, not even whether it has secrets.
    HttpResponse<String> foreign = page("GET", "/w/default/credentials", stranger, null);
    assertEquals(403, foreign.statusCode());
    assertFalse(foreign.body().contains("Secrets of workspace"));
    assertTrue(store.secrets().list(WS, "viewer_made", null, null, false).isEmpty());
  }

  @Test
  void pages_carryTheStrictCsp_andNoInlineScript() {
    Browser admin = signIn(Role.ADMIN);
    for (String path : List.of("/login", "/w/default/workflows", "/w/default/credentials",
        "/w/default/credentials/new", "/w/default/tokens", "/w/default/audit", "/no/such/page")) {
      HttpResponse<String> response = page("GET", path, path.equals("/login") ? null : admin, null);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
          && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe"), path + ": " + csp);
      assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
      String body = response.body();
      assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(body).find(), path + " has an inline script");
      assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(body).find(), path + " has an inline handler");
      assertFalse(body.contains("style=\""), path + " has an inline style");
    }
    String metrics = page("GET", "/metrics", null, null).body();
    assertTrue(metrics.contains("route=\"/w/{ws}/credentials\""), "pages are counted by route template");
  }

  @Test
  void aRefusedCreate_asksForTheValuesAgain_andEchoesNone() {
    Browser editor = signIn(Role.EDITOR);
    String value = Canaries.next();
    // sendChecked fails the test if the value comes back anywhere in the response.
    HttpResponse<String> refused = page("POST", "/w/default/credentials", editor, List.of("_csrf", editor.csrf(),
        "name", "Not A Name", "environment", "tenant_a", "type", "custom", "key", "API_KEY", "value", value));
    assertEquals(422, refused.statusCode());
    assertTrue(refused.body().contains("The secret was not saved"), refused::body);
    assertTrue(refused.body().contains("values you typed are never sent back"), refused::body);
    assertTrue(refused.body().contains("value=\"API_KEY\""), "the key name is kept");
    assertTrue(store.secrets().list(WS, null, null, null, false).stream().noneMatch(s -> s.environment()
        .equals("tenant_a")), "nothing was written");
  }

  @Test
  void editWithABlankValue_keepsTheStoredOne() {
    Browser editor = signIn(Role.EDITOR);
    String kept = Canaries.next();
    String replaced = Canaries.next();
    var secret = store.secrets().create(WS, NewSecret.custom("pair", "default",
        List.of(KeyInput.of("A", kept), KeyInput.of("B", replaced))), Actor.operator("test"));
    String fresh = Canaries.next();
    HttpResponse<String> saved = page("POST", "/w/default/credentials/" + secret.id(), editor, List.of(
        "_csrf", editor.csrf(), "name", "pair", "environment", "default", "description", "",
        "expected_version", "1", "key", "A", "value", "", "key", "B", "value", fresh));
    assertEquals(303, saved.statusCode(), saved::body);
    try (var resolved = store.resolver().resolve(WS, "default", java.util.Set.of("pair"), Actor.operator("test"))) {
      assertTrue(resolved.value("pair", "A").reveal().equals(kept), "A, left blank, kept its value");
      assertTrue(resolved.value("pair", "B").reveal().equals(fresh), "B took the new value");
    }
    // Without B's row, B is removed: the form lists the whole key set, as the page says.
    page("POST", "/w/default/credentials/" + secret.id(), editor, List.of("_csrf", editor.csrf(), "name", "pair",
        "environment", "default", "expected_version", "2", "key", "A", "value", ""));
    try (var resolved = store.resolver().resolve(WS, "default", java.util.Set.of("pair"), Actor.operator("test"))) {
      assertEquals(java.util.Set.of("A"), resolved.keys("pair"));
    }
    // A stale form (version 1 after two saves) is refused as changed meanwhile.
    HttpResponse<String> stale = page("POST", "/w/default/credentials/" + secret.id(), editor, List.of("_csrf",
        editor.csrf(), "name", "pair", "environment", "default", "expected_version", "1", "key", "A", "value", ""));
    assertEquals(409, stale.statusCode(), stale::body);
  }

  @Test
  void rollback_fromTheSecretsPage_makesTheOldKeysCurrentAsANewVersion() {
    Browser editor = signIn(Role.EDITOR);
    String original = Canaries.next();
    var secret = store.secrets().create(WS, NewSecret.custom("rolled", "default",
        List.of(KeyInput.of("OLD_KEY", original))), Actor.operator("test"));
    store.secrets().update(WS, "rolled", "default", strongroom.secrets.SecretUpdate.keys(
        List.of(KeyInput.of("NEW_KEY", Canaries.next())), 1), Actor.operator("test"));
    HttpResponse<String> detail = page("GET", "/w/default/credentials/" + secret.id(), editor, null);
    assertTrue(detail.body().contains("Roll back to v1"), detail::body);
    assertFalse(detail.body().contains("Roll back to v2"), "the current version has no roll back");
    assertTrue(detail.body().indexOf("<td>v2") < detail.body().indexOf("<td>v1"), "newest version first");
    HttpResponse<String> rolled = page("POST", "/w/default/credentials/" + secret.id() + "/rollback", editor,
        List.of("_csrf", editor.csrf(), "to", "1", "expected_version", "2"));
    assertEquals(303, rolled.statusCode(), rolled::body);
    var current = store.secrets().get(WS, "rolled", "default");
    assertEquals(3, current.currentVersion());
    assertEquals(List.of("OLD_KEY"), current.keyNames());
    try (var resolved = store.resolver().resolve(WS, "default", java.util.Set.of("rolled"), Actor.operator("test"))) {
      assertTrue(resolved.value("rolled", "OLD_KEY").reveal().equals(original), "v1's value is back");
    }
    HttpResponse<String> bad = page("POST", "/w/default/credentials/" + secret.id() + "/rollback", editor,
        List.of("_csrf", editor.csrf(), "to", "zero"));
    assertEquals(422, bad.statusCode());
    assertTrue(bad.body().contains("whole number"), bad::body);
  }

  @Test
  void login_needsTheFormsOwnToken_andNeverRedirectsAway() {
    Users users = new Users(store, Clock.systemUTC());
    String password = Canaries.next();
    users.create("formuser", password.toCharArray(), false);
    users.addMembership("formuser", WS, Role.VIEWER);
    HttpResponse<String> form = page("GET", "/login?next=/%09/evil.example/x", null, null);
    Matcher m = CSRF.matcher(form.body());
    assertTrue(m.find(), form::body);
    String loginCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("strongroom_login="))
        .findFirst().orElseThrow().split(";")[0];
    HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(encode(List.of("_csrf", m.group(1), "username", "formuser", "password", password))));
    assertEquals(403, sendChecked(http, forged.build(), "login without its cookie").statusCode());
    HttpResponse<String> ok = sendChecked(http, HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
        .POST(BodyPublishers.ofString(encode(List.of("_csrf", m.group(1), "username", "formuser",
            "password", password, "next", "/\t/evil.example/x")))).build(), "login");
    assertEquals(303, ok.statusCode());
    assertEquals("/", ok.headers().firstValue("Location").orElse(""));
    assertTrue(ok.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(Sessions.COOKIE + "=srs_")
        && c.contains("HttpOnly") && c.contains("SameSite=Strict")));
    HttpResponse<String> wrong = sendChecked(http, HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
        .POST(BodyPublishers.ofString(encode(List.of("_csrf", m.group(1), "username", "formuser",
            "password", Canaries.next())))).build(), "wrong login");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("Wrong username or password"));
    assertTrue(wrong.body().contains("value=\"formuser\""), "the username is kept, the password is not");
  }

  @Test
  void aSignInFromAnExpiredPage_comesBackWithItsQuery_andTheSwitcherKeepsOnlySectionsEveryoneMayOpen() {
    HttpResponse<String> expired = page("GET", "/w/default/credentials?name=vt", null, null);
    assertEquals("/login?next=" + URLEncoder.encode("/w/default/credentials?name=vt", StandardCharsets.UTF_8),
        expired.headers().firstValue("Location").orElse(""));
    assertEquals("/w/other/workflows", page("GET", "/switch?ws=other&section=tokens", null, null).headers()
        .firstValue("Location").orElse(""));
    assertEquals("/w/other/credentials", page("GET", "/switch?ws=other&section=credentials", null, null).headers()
        .firstValue("Location").orElse(""));
  }

  @Test
  void aNewWorkflow_withAnAliasInUse_isRefused_andTheSavedOneStays() {
    Browser editor = signIn(Role.EDITOR);
    String first = "title: First\nalias: taken\nactions:\n  - {ref: a, action: core.transform.reshape, args: {value: 1}}\n";
    assertEquals(303, page("POST", "/w/default/workflows", editor, List.of("_csrf", editor.csrf(), "source", first))
        .statusCode());
    HttpResponse<String> again = page("POST", "/w/default/workflows", editor, List.of("_csrf", editor.csrf(),
        "source", first.replace("First", "Second")));
    assertEquals(422, again.statusCode());
    assertTrue(again.body().contains("exists; open it and edit its definition"), again::body);
    try (WorkflowService workflows = StrongroomServer.workflowService(store)) {
      assertEquals("First", workflows.get(WS, "taken").title());
    }
  }

  @Test
  void aKeyProblem_isShownOnTheRowThatHasIt_evenAfterABlankRow() {
    Browser editor = signIn(Role.EDITOR);
    HttpResponse<String> refused = page("POST", "/w/default/credentials", editor, List.of("_csrf", editor.csrf(),
        "name", "rows", "type", "custom", "key", "", "value", "", "key", "bad-key", "value", Canaries.next()));
    assertEquals(422, refused.statusCode(), refused::body);
    assertTrue(refused.body().contains("<code>keys[1].key</code>"), refused::body);
    assertTrue(Pattern.compile("id=\"key-1\"[^>]*aria-invalid=\"true\"").matcher(refused.body()).find(),
        "the second row is marked invalid");
    assertFalse(Pattern.compile("id=\"key-0\"[^>]*aria-invalid").matcher(refused.body()).find(),
        "the blank first row is not");
  }

  @Test
  void anSshKey_getsANewDescription_withItsKeyLeftBlank() {
    Browser editor = signIn(Role.EDITOR);
    var secret = store.secrets().create(WS, new NewSecret("deploy", "default", strongroom.secrets.SecretType.SSH_KEY,
        "old", null, List.of(KeyInput.of("PRIVATE_KEY", strongroom.secrets.validation.TestPems.pkcs8Key()))),
        Actor.operator("test"));
    HttpResponse<String> saved = page("POST", "/w/default/credentials/" + secret.id(), editor, List.of("_csrf",
        editor.csrf(), "name", "deploy", "environment", "default", "description", "new", "expected_version", "1",
        "key", "PRIVATE_KEY", "value", ""));
    assertEquals(303, saved.statusCode(), saved::body);
    assertEquals("new", store.secrets().get(WS, "deploy", "default").description());
  }

  @Test
  void staticFiles_areServed_andUnknownOnesAre404() {
    HttpResponse<String> htmx = page("GET", "/static/htmx.min.js", null, null);
    assertEquals(200, htmx.statusCode());
    assertTrue(htmx.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(htmx.body().contains("htmx"));
    assertEquals(404, page("GET", "/static/../root.key", null, null).statusCode());
    assertEquals(404, page("GET", "/static/other.js", null, null).statusCode());
  }

  private long auditCount() {
    return store.audit().query(strongroom.secrets.audit.AuditQuery.all()).size();
  }
}
