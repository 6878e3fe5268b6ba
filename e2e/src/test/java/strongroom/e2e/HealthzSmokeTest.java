package strongroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.auth.Role;

/** The harness end to end, before any UI page exists: a real server, Chromium, the watch. */
@ParameterizedClass
@EnumSource(Backend.class)
class HealthzSmokeTest extends BrowserTestBase {

  @Test
  void healthz_opensInTheBrowser() {
    plantSecret("virustotal"); // a live canary, so the watch has something to look for
    Response response = page.navigate("/healthz");

    assertEquals(200, response.status());
    assertTrue(page.locator("body").innerText().contains("\"status\":\"ok\""), page::content);
    PageWatch.Seen seen = watch.responses().getFirst();
    assertTrue(seen.url().endsWith("/healthz") && seen.contentType().startsWith("application/json"),
        seen::toString);
    Path shot = screenshot("healthz");
    assertTrue(Files.exists(shot), shot::toString);
    assertNoConsoleErrors();
  }

  @Test
  void loginViaApi_givesThePageASession() {
    plantSecret("urlscan");
    TestUser viewer = createUser(Role.VIEWER);
    String csrf = loginViaApi(viewer);

    assertFalse(csrf.isEmpty());
    assertTrue(context.cookies().stream().anyMatch(c -> c.name.equals("strongroom_session")));
    // The session cookie alone authenticates a GET; the watch checks the listing holds no value.
    Response response = page.navigate("/api/v1/workspaces/" + WS + "/secrets");
    assertEquals(200, response.status(), page::content);
    assertTrue(page.locator("body").innerText().contains("urlscan"), page::content);
    assertNoConsoleErrors();
  }

  /** The watch itself, on responses Playwright serves without the server: it must catch each kind of problem. */
  @Test
  void watch_catchesLeaksConsoleErrorsAndCspViolations() {
    String canary = Canaries.next();
    try (BrowserContext other = newContext()) {
      PageWatch probe = PageWatch.attach(other);
      other.route("**/leak", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
          .setContentType("text/html").setHeaders(Map.of("x-debug", canary))
          .setBody("<p>" + canary + "</p><script>console.error('boom')</script>")));
      other.route("**/strict", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
          .setContentType("text/html").setHeaders(Map.of("content-security-policy", "script-src 'none'"))
          .setBody("<p>strict</p><script>document.title = 'ran'</script>")));
      Page probed = other.newPage();
      probed.navigate("/leak");
      probed.navigate("/strict");
      other.cookies(); // dispatch pending events

      AssertionError leak = assertThrows(AssertionError.class, probe::assertNoLeaks);
      assertTrue(leak.getMessage().contains("response body") && leak.getMessage().contains("response headers"),
          leak::getMessage);
      assertTrue(probe.consoleErrors().stream().anyMatch(e -> e.contains("boom")), probe.consoleErrors()::toString);
      assertTrue(probe.cspViolations().stream().anyMatch(e -> e.contains("script-src")),
          probe.cspViolations()::toString);
      assertEquals("", probed.title(), "the blocked inline script must not have run");
      assertThrows(AssertionError.class, probe::assertNoConsoleErrors);
      probe.close();
    }
  }
}
