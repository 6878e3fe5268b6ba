package strongroom.cli.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;

/** {@code strongroom registry secrets | actions | show}: the cheatsheet, offline. */
class RegistryCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tempDir;

  private CliResult run(String... args) {
    CliResult result = new CliHarness(tempDir.resolve("data")).runBare(args);
    assertFalse(Files.exists(tempDir.resolve("data")), "the registry commands need no store");
    return result;
  }

  private static List<String> firstColumn(String table) {
    List<String> out = new ArrayList<>();
    table.lines().skip(1).forEach(l -> out.add(l.split("\\s+")[0]));
    return out;
  }

  @Test
  void secrets_table_mostUsedFirstThenByName() {
    CliResult r = run("registry", "secrets").ok();
    assertTrue(r.out().startsWith("SECRET"), r.out());
    List<String> names = firstColumn(r.out());
    assertEquals(List.of("okta", "urlscan", "virustotal"), names.subList(0, 3));
    assertTrue(names.containsAll(List.of("abuseipdb", "crowdstrike", "jira", "microsoft_graph",
        "pagerduty", "sentinel_one", "slack", "splunk", "aws", "mtls", "ca_cert")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("jira\\s+JIRA_USEREMAIL,JIRA_API_TOKEN\\s+no"
        + "\\s+tools.jira.add_comment,tools.jira.create_issue")), r.out());
  }

  @Test
  void secrets_json_holdsKeysOptionalKeysOptionalAndActions() throws Exception {
    JsonNode all = JSON.readTree(run("registry", "secrets", "--json").ok().out());
    int previous = Integer.MAX_VALUE;
    for (JsonNode s : all) {
      assertTrue(s.get("actions").size() <= previous, "sorted by use");
      previous = s.get("actions").size();
    }
    JsonNode crowdstrike = find(all, "crowdstrike");
    assertEquals("[\"CROWDSTRIKE_CLIENT_ID\",\"CROWDSTRIKE_CLIENT_SECRET\"]",
        crowdstrike.get("keys").toString());
    assertEquals("[\"CROWDSTRIKE_BASE_URL\"]", crowdstrike.get("optional_keys").toString());
    assertFalse(crowdstrike.get("optional").asBoolean());
    assertEquals("[\"tools.crowdstrike.contain_host\",\"tools.crowdstrike.list_detections\"]",
        crowdstrike.get("actions").toString());
    assertTrue(find(all, "mtls").get("optional").asBoolean());
    assertEquals("[\"SPLUNK_API_KEY\",\"SPLUNK_HEC_TOKEN\"]",
        find(all, "splunk").get("optional_keys").toString());
  }

  @Test
  void actions_listEveryRegistryAction_tableAndJson() throws Exception {
    List<String> expected = StandardRegistry.create(RegistryConfig.defaults()).all().stream()
        .map(ActionSpec::name).toList();
    CliResult table = run("registry", "actions").ok();
    assertEquals(expected, firstColumn(table.out()));
    assertTrue(table.out().contains("jira(JIRA_USEREMAIL,JIRA_API_TOKEN)"), table.out());
    assertTrue(table.out().contains("mtls?(TLS_CERTIFICATE,TLS_PRIVATE_KEY)"), table.out());
    JsonNode json = JSON.readTree(run("registry", "actions", "--json").ok().out());
    assertEquals(expected.size(), json.size());
    assertEquals("tools.virustotal.lookup_url", json.get(json.size() - 1).get("name").asText());
  }

  @Test
  void show_printsArgumentsWithTypesAndDefaults_andSecrets() {
    String out = run("registry", "show", "tools.abuseipdb.check_ip").ok().out();
    assertTrue(out.startsWith("tools.abuseipdb.check_ip\n"), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("ip_address\\s+string\\s+yes\\s+The IP address to check.")), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("max_age_in_days\\s+integer\\s+no\\s+90\\s+.*")), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("base_url\\s+string\\s+no\\s+\"https://api.abuseipdb.com/api/v2\"\\s+.*")), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("abuseipdb\\s+ABUSEIPDB_API_KEY\\s+no")), out);
  }

  @Test
  void show_json_andCoreActionWithoutTemplate() throws Exception {
    JsonNode jira = JSON.readTree(run("registry", "show", "tools.jira.create_issue", "--json").ok().out());
    assertEquals("Task", find(jira.get("arguments"), "issue_type").get("default").asText());
    assertTrue(find(jira.get("arguments"), "base_url").get("default").isNull());
    assertEquals("jira", jira.get("secrets").get(0).get("name").asText());
    String core = run("registry", "show", "core.transform.reshape").ok().out();
    assertTrue(core.contains("Secrets: none"), core);
  }

  @Test
  void show_unknownAction_isNotFound() {
    CliResult r = run("registry", "show", "tools.nope.x").expect(3);
    assertTrue(r.err().contains("no action `tools.nope.x`"), r.err());
  }

  private static JsonNode find(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.get("name").asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
