package strongroom.cli.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.testing.Canaries;

class ListSecretsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tempDir;
  private CliHarness cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(tempDir.resolve("data"));
    Path a = Files.writeString(tempDir.resolve("a"), Canaries.next());
    Path b = Files.writeString(tempDir.resolve("b"), Canaries.next());
    cli.run("secrets", "create", "virustotal", "--key", "API_KEY=@" + a, "--tag", "vendor=vt").ok();
    cli.run("secrets", "create", "virustotal", "--env", "tenant_a", "--key", "API_KEY=@" + b).ok();
    cli.run("secrets", "create", "okta", "--key", "CLIENT_ID=@" + a, "--key", "CLIENT_SECRET=@" + b).ok();
  }

  @Test
  void list_printsAnAlignedTableOfMetadata() {
    String[] lines = cli.run("secrets", "list").ok().out().split("\n");
    assertEquals(4, lines.length);
    assertTrue(lines[0].matches("NAME +ENVIRONMENT +TYPE +KEYS +VERSION +UPDATED +STATUS"), lines[0]);
    assertTrue(lines[1].matches("okta +default +custom +CLIENT_ID,CLIENT_SECRET +1 +\\S+Z +ok"), lines[1]);
    assertTrue(lines[2].startsWith("virustotal  default "), lines[2]);
    assertTrue(lines[3].startsWith("virustotal  tenant_a"), lines[3]);
    assertEquals(lines[0].indexOf("TYPE"), lines[3].indexOf("custom"), "columns line up");
  }

  @Test
  void list_filtersByEnvironmentNameAndType() {
    String out = cli.run("secrets", "list", "--env", "tenant_a").ok().out();
    assertEquals(2, out.split("\n").length, out);
    assertTrue(cli.run("secrets", "list", "--name", "okta").ok().out().contains("okta"));
    assertEquals("No secrets in workspace default.\n", cli.run("secrets", "list", "--type", "mtls").ok().out());
  }

  @Test
  void list_json_isAnArrayOfMetadataWithStableFields() throws Exception {
    JsonNode array = JSON.readTree(cli.run("secrets", "list", "--json").ok().out());
    assertEquals(3, array.size());
    JsonNode first = array.get(0);
    assertEquals("okta", first.get("name").asText());
    assertEquals("[\"CLIENT_ID\",\"CLIENT_SECRET\"]", first.get("keys").toString());
    assertEquals(1, first.get("version").asInt());
    assertFalse(first.get("corrupted").asBoolean());
    assertEquals("operator:alice", first.get("created_by").asText());
    assertTrue(first.get("updated_at").asText().endsWith("Z"));
    assertTrue(first.has("deleted_at"));
    assertEquals("vt", array.get(1).get("tags").get("vendor").asText());
  }

  @Test
  void list_deleted_showsOnlyDeletedSecrets() {
    cli.run("secrets", "delete", "okta").ok();
    String live = cli.run("secrets", "list").ok().out();
    assertFalse(live.contains("okta"), live);
    String deleted = cli.run("secrets", "list", "--deleted").ok().out();
    assertTrue(deleted.contains("DELETED") && deleted.contains("okta"), deleted);
  }

  @Test
  void show_printsFieldsAndKeyNames() {
    String out = cli.run("secrets", "show", "virustotal").ok().out();
    assertTrue(out.contains("name:         virustotal\n"), out);
    assertTrue(out.contains("keys:         API_KEY\n"), out);
    assertTrue(out.contains("tags:         vendor=vt\n"), out);
    assertTrue(out.contains("status:       ok\n"), out);
    assertTrue(out.contains("by operator:alice"), out);
  }

  @Test
  void show_json_isOneObject() throws Exception {
    JsonNode secret = JSON.readTree(cli.run("secrets", "show", "virustotal", "--env", "tenant_a", "--json").ok().out());
    assertEquals("tenant_a", secret.get("environment").asText());
    assertEquals("custom", secret.get("type").asText());
  }

  @Test
  void show_unknownSecret_isNotFound() {
    CliResult result = cli.run("secrets", "show", "nope").expect(3);
    assertEquals("strongroom: secret `nope` does not exist in environment `default`\n", result.err());
  }
}
