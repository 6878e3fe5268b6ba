package strongroom.cli.secrets;

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

/** versions and rollback. */
class SecretVersionsCommandTest {
  @TempDir Path tempDir;
  private CliHarness cli;
  private String first;
  private String second;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(tempDir.resolve("data"));
    first = Canaries.next();
    second = Canaries.next();
    cli.run("secrets", "create", "crowdstrike", "--key", "SECRET=@" + Files.writeString(tempDir.resolve("1"), first))
        .ok();
    cli.run("secrets", "update", "crowdstrike", "--key", "SECRET=@" + Files.writeString(tempDir.resolve("2"), second),
        "--key", "CLIENT=@" + tempDir.resolve("1")).ok();
  }

  @Test
  void versions_listsEveryVersionWithItsKeyNames() {
    String[] lines = cli.run("secrets", "versions", "crowdstrike").ok().out().split("\n");
    assertEquals(3, lines.length);
    assertTrue(lines[0].matches("VERSION +CREATED +BY +KEYS +KEY TERM"), lines[0]);
    assertTrue(lines[1].matches("1 +\\S+Z +operator:alice +SECRET +1"), lines[1]);
    assertTrue(lines[2].matches("2 +\\S+Z +operator:alice +CLIENT,SECRET +1"), lines[2]);
  }

  @Test
  void versions_json() throws Exception {
    JsonNode array = new ObjectMapper().readTree(cli.run("secrets", "versions", "crowdstrike", "--json").ok().out());
    assertEquals(2, array.size());
    assertEquals(2, array.get(1).get("version").asInt());
    assertEquals(1, array.get(1).get("key_term").asInt());
    assertEquals("default", array.get(1).get("environment").asText());
  }

  @Test
  void rollback_writesANewVersionWithTheOldContent() {
    CliResult result = cli.run("secrets", "rollback", "crowdstrike", "--to", "1", "--expect-version", "2").ok();
    assertEquals("Rolled back secret crowdstrike in environment default: version 3 holds the content of version 1.\n",
        result.out());
    assertTrue(StoredValues.holds(cli, "crowdstrike", "default", "SECRET", first));
    assertEquals(java.util.Set.of("SECRET"), StoredValues.keys(cli, "crowdstrike", "default"));
  }

  @Test
  void rollback_toAMissingVersion_isNotFound_andAStaleOneAConflict() {
    cli.run("secrets", "rollback", "crowdstrike", "--to", "9").expect(3);
    cli.run("secrets", "rollback", "crowdstrike", "--to", "1", "--expect-version", "1").expect(4);
  }

  @Test
  void rollback_withoutTo_isAUsageError() {
    CliResult result = cli.run("secrets", "rollback", "crowdstrike").expect(2);
    assertTrue(result.err().contains("--to"), result.err());
  }
}
