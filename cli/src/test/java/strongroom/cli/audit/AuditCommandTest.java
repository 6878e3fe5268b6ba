package strongroom.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class AuditCommandTest {
  @TempDir Path tempDir;
  private CliHarness cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(tempDir.resolve("data"));
    Path value = Files.writeString(tempDir.resolve("v"), Canaries.next());
    cli.run("secrets", "create", "misp", "--key", "KEY=@" + value).ok();
    cli.run("secrets", "create", "thehive", "--key", "KEY=@" + value).ok();
    cli.run("secrets", "update", "misp", "--description", "threat intel").ok();
    cli.run("secrets", "delete", "thehive").ok();
    cli.run("keys", "rotate").ok();
  }

  @Test
  void audit_listsNewestFirst_includingStoreWideEvents() {
    String[] lines = cli.run("audit").ok().out().split("\n");
    assertTrue(lines[0].matches("TIME +ACTOR +ACTION +OUTCOME +SECRET +ENVIRONMENT +VERSION +DETAIL"), lines[0]);
    assertEquals(7, lines.length, String.join("\n", lines));
    assertTrue(lines[1].contains("key_rotate") && lines[1].contains("finished term=2"), lines[1]);
    assertTrue(lines[2].contains("key_rotate") && lines[2].contains("started term=2"), lines[2]);
    assertTrue(lines[3].matches("\\S+Z +operator:alice +delete +success +thehive +default +1"), lines[3]);
    assertTrue(lines[6].contains("create") && lines[6].contains("misp"), lines[6]);
  }

  @Test
  void audit_filtersBySecretActionActorAndTime() {
    assertEquals(3, cli.run("audit", "--secret", "misp").ok().out().split("\n").length);
    assertEquals(3, cli.run("audit", "--action", "create").ok().out().split("\n").length);
    assertEquals(3, cli.run("audit", "--action", "key_rotate").ok().out().split("\n").length);
    assertEquals(7, cli.run("audit", "--actor", "operator:alice", "--since", "1h").ok().out().split("\n").length);
    assertEquals("No audit events match.\n", cli.run("audit", "--actor", "operator:bob").ok().out());
    assertEquals("No audit events match.\n", cli.run("audit", "--until", "2h").ok().out());
    assertEquals("No audit events match.\n", cli.run("audit", "--since", "2999-01-01").ok().out());
    assertEquals(2, cli.run("audit", "--limit", "1").ok().out().split("\n").length);
  }

  @Test
  void audit_json_hasStableFields() throws Exception {
    JsonNode events = new ObjectMapper().readTree(cli.run("audit", "--secret", "misp", "--json").ok().out());
    assertEquals(2, events.size());
    JsonNode update = events.get(0);
    assertEquals("update", update.get("action").asText());
    assertEquals("success", update.get("outcome").asText());
    assertEquals("default", update.get("workspace").asText());
    assertEquals("operator:alice", update.get("actor").asText());
    assertTrue(update.get("at").asText().endsWith("Z"));
    assertEquals(1, update.get("version").asInt());
  }

  @Test
  void audit_badArguments_areUsageErrors() {
    CliResult since = cli.run("audit", "--since", "yesterday").expect(2);
    assertTrue(since.err().contains("--since: expected an age like 30m"), since.err());
    CliResult action = cli.run("audit", "--action", "read").expect(2);
    assertTrue(action.err().contains("must be one of create, update"), action.err());
    cli.run("audit", "--limit", "0").expect(2);
  }
}
