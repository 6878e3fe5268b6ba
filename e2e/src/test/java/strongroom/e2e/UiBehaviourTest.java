package strongroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.auth.Role;

/**
 * The UI's behaviour beyond the main journey: refused forms echo no value, roles hide what they
 * forbid, filters and the type switch work through htmx under the CSP, every field has a label,
 * the settings menu works from the keyboard, tokens are shown once, and the audit log lists reads.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class UiBehaviourTest extends BrowserTestBase {

  private void signIn(TestUser user) {
    page.navigate("/login");
    page.getByLabel("Username").fill(user.username());
    page.getByLabel("Password").fill(user.password());
    page.getByLabel("Password").press("Enter");
    assertThat(page.locator("h1")).hasText("Workflows");
  }

  @Test
  void aRefusedForm_showsTheProblem_andAsksForValuesAgain() {
    signIn(createUser(Role.EDITOR));
    int before = store.secrets().list(WS, null, null, null, false).size();
    page.navigate("/w/" + WS + "/credentials/new");
    String value = Canaries.next();
    page.getByLabel("Name").fill("Bad Name");
    page.locator("#key-0").fill("API_KEY");
    page.locator("#value-0").fill(value);
    // The browser's own pattern check would stop the post; the server must refuse it too.
    page.locator("#name").evaluate("e => e.removeAttribute('pattern')");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create secret")).click();

    assertThat(page.locator("#form-errors")).containsText("name");
    assertThat(page.locator("[role=status]")).containsText("Enter them again");
    assertThat(page.locator("#key-0")).hasValue("API_KEY");
    assertThat(page.locator("#value-0")).hasValue("");
    screenshot("refused-form");
    assertEquals(before, store.secrets().list(WS, null, null, null, false).size(), "nothing was written");
    watch.assertNoErrorsBut(List.of(422));
  }

  @Test
  void aViewer_seesNoChangeButtons_andIsRefusedTheForms() {
    plantSecret("urlscan");
    signIn(createUser(Role.VIEWER));
    page.navigate("/w/" + WS + "/credentials");
    assertThat(page.locator("tbody[data-secret=urlscan]")).containsText("API_KEY");
    assertThat(page.getByText("Create Secret")).hasCount(0);
    assertThat(page.locator("a:text-is('Configure')")).hasCount(0);
    assertThat(page.locator("tbody[data-secret=urlscan]").getByText("Edit")).hasCount(0);
    Response refused = page.navigate("/w/" + WS + "/credentials/new");
    assertEquals(403, refused.status());
    assertThat(page.locator("h1")).hasText("Not allowed");
    page.navigate("/w/" + WS + "/credentials");
    page.getByText("Settings").click();
    assertThat(page.locator("details.settings")).not().containsText("Audit log");
    watch.assertNoErrorsBut(List.of(403));
  }

  @Test
  void filters_andTheTypeSwitch_workThroughHtmx() {
    plantSecret(WS, "okta", "default");
    plantSecret(WS, "slack", "tenant_b");
    signIn(admin);
    page.navigate("/w/" + WS + "/credentials");
    page.getByLabel("Name").fill("sla");
    assertThat(page.locator("tbody[data-secret=okta]")).hasCount(0);
    assertThat(page.locator("tbody[data-secret=slack]")).hasCount(1);
    assertTrue(page.url().contains("name=sla"), page.url());
    page.getByLabel("Name").fill("");
    page.getByLabel("Environment").selectOption("default");
    assertThat(page.locator("tbody[data-secret=slack]")).hasCount(0);
    assertThat(page.locator("tbody[data-secret=okta]")).hasCount(1);
    page.getByLabel("Configured").selectOption("no");
    assertThat(page.locator("tbody[data-secret=okta]")).hasCount(1); // okta without OKTA_API_TOKEN: missing keys
    assertThat(page.locator("tbody[data-secret=okta]")).containsText("missing keys");
    screenshot("filters");

    page.navigate("/w/" + WS + "/credentials/new");
    page.getByLabel("Type").selectOption("mtls");
    assertThat(page.locator("textarea[name=value]")).hasCount(2);
    assertThat(page.locator("input[name=key]").nth(0)).hasValue("TLS_CERTIFICATE");
    assertThat(page.locator("input[name=key]").nth(1)).hasValue("TLS_PRIVATE_KEY");
    assertThat(page.getByText("Add key")).hasCount(0);
    screenshot("type-mtls");
    assertNoConsoleErrors();
  }

  @Test
  void everyField_hasALabel_andTheSettingsMenuWorksFromTheKeyboard() {
    plantSecret("virustotal");
    signIn(admin);
    for (String path : List.of("/w/default/workflows", "/w/default/workflows/new", "/w/default/credentials",
        "/w/default/credentials/new", "/w/default/credentials/new?definition=crowdstrike",
        "/w/default/tokens", "/w/default/audit")) {
      page.navigate(path);
      Object unlabelled = page.evaluate("() => Array.from(document.querySelectorAll("
          + "'input:not([type=hidden]), select, textarea')).filter(e => e.labels.length === 0"
          + " && !e.getAttribute('aria-label')).map(e => e.id || e.name)");
      assertEquals(List.of(), unlabelled, path);
    }
    page.navigate("/w/default/credentials");
    page.locator("body").press("Tab"); // the skip link comes first
    assertThat(page.locator(".skip-link")).isFocused();
    page.locator("details.settings summary").focus();
    page.keyboard().press("Enter");
    assertThat(page.locator("details.settings")).hasAttribute("open", "");
    page.keyboard().press("Tab");
    page.keyboard().press("Tab"); // Credentials, then API tokens
    assertThat(page.locator("details.settings a:text-is('API tokens')")).isFocused();
    page.keyboard().press("Enter");
    assertThat(page.locator("h1")).hasText("API tokens");
    assertNoConsoleErrors();
  }

  @Test
  void aToken_isShownOnce_thenOnlyItsId_andRevokes() {
    signIn(admin);
    page.navigate("/w/" + WS + "/tokens");
    page.getByLabel("Role").selectOption("viewer");
    page.getByLabel("Expires in").fill("30d");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
    Locator issued = page.locator("[data-issued-token]");
    String token = issued.inputValue();
    assertTrue(token.length() > 20, "a token is shown");
    screenshot("token-created");
    assertEquals(1, tokens.list().stream().filter(t -> t.role() == Role.VIEWER).count());
    page.navigate("/w/" + WS + "/tokens");
    assertThat(page.locator("[data-issued-token]")).hasCount(0);
    assertTrue(!page.content().contains(token), "the token is not shown again");
    page.locator("tr[data-token] button").first().click();
    assertThat(page.locator("[role=status]")).containsText("Token revoked");
    assertThat(page.locator("tr[data-token]").first()).containsText("revoked");
    page.navigate("/w/" + WS + "/audit");
    assertThat(page.locator("tr[data-audit-action=token_create]")).hasCount(1);
    assertThat(page.locator("tr[data-audit-action=token_revoke]")).hasCount(1);
    screenshot("audit");
    assertNoConsoleErrors();
  }

  @Test
  void theWorkspaceSwitcher_opensTheSameSectionElsewhere() {
    plantSecret(OTHER_WS, "jira", "default");
    signIn(admin);
    page.navigate("/w/" + WS + "/credentials");
    page.getByLabel("Workspace").selectOption(OTHER_WS);
    page.waitForURL("**/w/" + OTHER_WS + "/credentials");
    assertThat(page.locator("tbody[data-secret=jira]")).hasCount(1);
    assertNoConsoleErrors();
  }
}
