package strongroom.cli.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.testing.Canaries;

class UpdateSecretCommandTest {
  @TempDir Path tempDir;
  private CliHarness cli;
  private String user;
  private String password;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(tempDir.resolve("data"));
    user = Canaries.next();
    password = Canaries.next();
    cli.run("secrets", "create", "splunk", "--key", "USER=@" + file("user", user),
        "--key", "PASSWORD=@" + file("password", password), "--tag", "a=1").ok();
  }

  private Path file(String name, String value) throws Exception {
    return Files.writeString(tempDir.resolve(name), value);
  }

  @Test
  void update_keyAndKeep_replaceTheKeySet() throws Exception {
    String token = Canaries.next();
    CliResult result = cli.run("secrets", "update", "splunk", "--keep", "USER", "--key", "TOKEN=@" + file("t", token))
        .ok();
    assertEquals("Updated secret splunk in environment default: version 2, keys TOKEN, USER.\n", result.out());
    assertEquals(Set.of("USER", "TOKEN"), StoredValues.keys(cli, "splunk", "default"));
    assertTrue(StoredValues.holds(cli, "splunk", "default", "USER", user), "kept value");
    assertTrue(StoredValues.holds(cli, "splunk", "default", "TOKEN", token));
  }

  @Test
  void update_withoutKeyOptions_leavesTheKeysAlone() {
    cli.run("secrets", "update", "splunk", "--description", "SIEM", "--tag", "b=2").ok();
    assertEquals(Set.of("USER", "PASSWORD"), StoredValues.keys(cli, "splunk", "default"));
    String out = cli.run("secrets", "show", "splunk").ok().out();
    assertTrue(out.contains("description:  SIEM\n") && out.contains("tags:         b=2\n"), out);
    assertTrue(out.contains("version:      1\n"), out);
  }

  @Test
  void update_newValueFromStdin_writesANewVersion() {
    String next = Canaries.next();
    cli.terminal().stdin(next + "\n");
    cli.run("secrets", "update", "splunk", "--keep", "USER", "--key", "PASSWORD=-").ok();
    assertTrue(StoredValues.holds(cli, "splunk", "default", "PASSWORD", next));
  }

  @Test
  void update_renameAndMove() {
    cli.run("secrets", "update", "splunk", "--rename", "splunk_cloud", "--move-to", "tenant_b", "--clear-tags").ok();
    String out = cli.run("secrets", "show", "splunk_cloud", "--env", "tenant_b").ok().out();
    assertTrue(out.contains("\ntags:\n"), out);
    assertTrue(StoredValues.holds(cli, "splunk_cloud", "tenant_b", "USER", user));
    cli.run("secrets", "show", "splunk").expect(3);
  }

  @Test
  void update_staleExpectedVersion_isAConflict() {
    CliResult result = cli.run("secrets", "update", "splunk", "--description", "x", "--expect-version", "7").expect(4);
    assertTrue(result.err().contains("is at version 1, not the expected 7"), result.err());
  }

  @Test
  void update_keepingAnUnknownKey_isInvalid() {
    CliResult result = cli.run("secrets", "update", "splunk", "--keep", "NOPE").expect(2);
    assertTrue(result.err().contains("key `NOPE` is new, so it needs a value [required]"), result.err());
  }

  @Test
  void update_nothingGiven_isAUsageError() {
    CliResult result = cli.run("secrets", "update", "splunk").expect(2);
    assertTrue(result.err().startsWith("strongroom: nothing to change"), result.err());
  }

  @Test
  void update_literalValue_isStoredWithAWarning() {
    String next = Canaries.next();
    CliResult result = cli.run("secrets", "update", "splunk", "--keep", "USER", "--key", "PASSWORD=" + next)
        .expect(0);
    assertTrue(result.err().contains("strongroom: warning: the value of PASSWORD was given on the command line"),
        result.err());
    assertTrue(StoredValues.holds(cli, "splunk", "default", "PASSWORD", next));
  }

  @Test
  void update_unknownSecret_isNotFoundBeforeAnyValueIsRead() {
    cli.terminal().interactive(true);
    cli.run("secrets", "update", "nope", "--key", "A").expect(3);
    assertEquals(java.util.List.of(), cli.terminal().prompts());
  }
}
