package strongroom.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.Actor;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;

/**
 * The walk through the UI, as a person does it: sign in, open Credentials from the settings
 * menu, create a two-key secret in {@code tenant_a}, edit one key leaving the other blank, configure
 * virustotal, open a workflow's canvas, set its environment, run it, read the masked result, and
 * delete the secret. Every value typed is a canary; the watch fails the test if any page shows one.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CredentialsAndWorkflowScenarioTest extends BrowserTestBase {
  private static final String IP = "192.0.2.10";
  private WireMockServer virustotal;
  private String vtKey;

  @BeforeEach
  void startStub() {
    virustotal = new WireMockServer(WireMockConfiguration.options().dynamicPort().notifier(new ConsoleNotifier(false)));
    virustotal.start();
    vtKey = Canaries.next();
    // The stub echoes the key it was given: the result must come back masked.
    virustotal.stubFor(get(urlPathEqualTo("/api/v3/ip_addresses/" + IP)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\": {\"id\": \"" + IP + "\", \"reputation\": -3, \"echo\": \"" + vtKey + "\"}}")));
  }

  @AfterEach
  void stopStub() {
    virustotal.stop();
  }

  @Test
  void wholeJourney_throughTheBrowser() {
    signIn();

    // Settings menu, top right, then Credentials, then Create Secret.
    page.getByText("Settings").click();
    page.locator("details.settings").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Credentials"))
        .click();
    assertThat(page.locator("h1")).hasText("Credentials");
    screenshot("01-credentials-empty");
    link("Create Secret").click();

    String first = Canaries.next();
    String second = Canaries.next();
    page.getByLabel("Name").fill("crowdsec");
    page.getByLabel("Environment").fill("tenant_a");
    page.getByLabel("Description").fill("CrowdSec CTI for tenant A");
    page.locator("#key-0").fill("API_KEY");
    page.locator("#value-0").fill(first);
    page.getByText("Add key").click();
    Locator rows = page.locator("[data-key-row]");
    assertThat(rows).hasCount(2);
    rows.nth(1).locator("input[name=key]").fill("API_SECRET");
    rows.nth(1).locator("input[name=value]").fill(second);
    screenshot("02-create-secret-form");
    button("Create secret").click();

    // Listed, grouped by name, with its key names and never a value.
    assertThat(page.locator("[role=status]")).containsText("Secret created");
    Locator group = page.locator("tbody[data-secret=crowdsec]");
    Locator row = group.locator("tr[data-environment=tenant_a]");
    assertThat(row).containsText("API_KEY");
    assertThat(row).containsText("API_SECRET");
    screenshot("03-credentials-listed");

    // Edit: a new API_SECRET, API_KEY left blank; both are kept.
    String rotated = Canaries.next();
    row.getByText("Edit").click();
    assertThat(page.locator("#keep-hint")).containsText("Leave a value blank to keep");
    assertThat(page.locator("input[name=value]").first()).hasValue("");
    page.locator("[data-key-row]").nth(1).locator("input[name=value]").fill(rotated);
    screenshot("04-edit-secret");
    button("Save changes").click();
    assertThat(page.locator("[role=status]")).containsText("Secret updated");
    assertThat(page.locator("dl.facts")).containsText("API_KEY");
    assertThat(page.locator("dl.facts")).containsText("API_SECRET");
    assertThat(page.locator("dl.facts")).containsText("v2");
    assertStored("crowdsec", "tenant_a", "API_KEY", first);
    assertStored("crowdsec", "tenant_a", "API_SECRET", rotated);
    screenshot("05-secret-detail-versions");

    // Configure the virustotal integration in tenant_a: its key is filled in by the form.
    page.navigate("/w/" + WS + "/credentials");
    Locator integration = page.locator("tr[data-integration=virustotal]");
    assertThat(integration).containsText("not configured");
    integration.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Configure virustotal")).click();
    assertThat(page.locator("h1")).containsText("Configure virustotal");
    assertThat(page.getByLabel("Name")).hasValue("virustotal");
    assertThat(page.locator("#key-0")).hasValue("VIRUSTOTAL_API_KEY");
    page.getByLabel("Environment").fill("tenant_a");
    page.locator("#value-0").fill(vtKey);
    screenshot("06-configure-virustotal");
    button("Save virustotal").click();
    assertThat(page.locator("tr[data-integration=virustotal]")).containsText("tenant_a");
    assertThat(page.locator("tbody[data-secret=virustotal] tr[data-environment=tenant_a]")).containsText("configured");

    // A workflow, written in the editor; its canvas shows both actions and the edge between them.
    page.navigate("/w/" + WS + "/workflows");
    screenshot("07-workflows-empty");
    page.getByText("New workflow").click();
    page.getByLabel("Definition").fill(workflowSource());
    button("Save workflow").click();
    assertThat(page.locator("[role=status]")).containsText("Workflow saved");
    assertThat(page.locator("[data-node=lookup]")).containsText("tools.virustotal.lookup_ip_address");
    assertThat(page.locator("[data-node=summary]")).containsText("core.transform.reshape");
    assertThat(page.locator("[data-edge='lookup->summary']")).hasCount(1);
    assertThat(page.locator("[data-secret-need=virustotal]")).hasAttribute("data-status", "missing");
    screenshot("08-workflow-canvas-default");

    // Select the second action on the canvas: its panel opens (htmx swaps the page body in place).
    page.locator("[data-node=summary] a").click();
    assertThat(page.locator("#panel-heading")).containsText("summary");
    assertThat(page.locator("#action-panel")).containsText("Waits for");
    page.locator("[data-node=lookup] a").click();
    assertThat(page.locator("#panel-heading")).containsText("lookup");

    // Configuration: the environment becomes tenant_a, and the panel shows the secret configured there.
    page.locator("#config-environment").fill("tenant_a");
    button("Save configuration").click();
    assertThat(page.locator("[data-workflow-environment]")).hasText("tenant_a");
    assertThat(page.locator("[data-secret-need=virustotal]")).hasAttribute("data-status", "configured");
    assertThat(page.locator("[data-no-problems]")).isVisible();
    screenshot("09-workflow-configured");

    // Run it: the stub saw the stored key; the page shows the result with the key masked.
    page.getByLabel("Inputs (JSON)").fill("{\"ip\": \"" + IP + "\"}");
    button("Run workflow").click();
    assertThat(page.locator("[data-run-status]")).hasText("succeeded");
    Locator result = page.locator("[data-action-ref=lookup] [data-action-result]");
    assertThat(result).containsText("\"reputation\" : -3");
    assertThat(result).containsText("\"echo\" : \"***\"");
    assertThat(page.locator("[data-run-result]")).containsText("\"reputation\" : -3");
    virustotal.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/ip_addresses/" + IP))
        .withHeader("x-apikey", equalTo(vtKey)));
    screenshot("10-run-masked-result");

    // Delete the secret, after the confirmation page.
    page.navigate("/w/" + WS + "/credentials");
    page.locator("tbody[data-secret=crowdsec] tr[data-environment=tenant_a]").getByText("Open").click();
    link("Delete").click();
    assertThat(page.locator("h1")).containsText("Delete crowdsec in tenant_a?");
    screenshot("11-delete-confirm");
    button("Delete secret").click();
    assertThat(page.locator("[role=status]")).containsText("Secret deleted");
    assertThat(page.locator("tbody[data-secret=crowdsec]")).hasCount(0);
    screenshot("12-credentials-after-delete");

    assertNoConsoleErrors();
    assertTrue(watch.responses().stream().filter(r -> r.contentType().startsWith("text/html"))
        .allMatch(r -> r.csp() != null && r.csp().contains("script-src 'self'")), "every page carries the CSP");
  }

  private void signIn() {
    Response login = page.navigate("/");
    assertEquals(200, login.status());
    assertThat(page.locator("h1")).hasText("Sign in");
    screenshot("00-login");
    page.getByLabel("Username").fill(admin.username());
    page.getByLabel("Password").fill(admin.password());
    button("Sign in").click();
    assertThat(page.locator("h1")).hasText("Workflows");
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  /** Compares a stored value with {@code expected} without ever printing either. */
  private void assertStored(String name, String environment, String key, String expected) {
    try (ResolvedSecrets resolved = store.resolver().resolve(WS, environment, Set.of(name), Actor.operator("e2e"))) {
      assertTrue(resolved.value(name, key).reveal().equals(expected), name + "." + key + " holds another value");
    }
  }

  private String workflowSource() {
    return """
        title: Enrich an IP
        alias: enrich-ip
        config:
          environment: default
        inputs:
          ip: {type: string, description: the address to look up}
        actions:
          - ref: lookup
            action: tools.virustotal.lookup_ip_address
            args:
              ip_address: ${{ TRIGGER.ip }}
              base_url: %s/api/v3
          - ref: summary
            action: core.transform.reshape
            depends_on: [lookup]
            args:
              value:
                reputation: ${{ ACTIONS.lookup.result.data.reputation }}
        returns: ${{ ACTIONS.summary.result }}
        """.formatted(virustotal.baseUrl());
  }
}
