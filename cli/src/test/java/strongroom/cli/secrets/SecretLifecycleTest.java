package strongroom.cli.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.testing.Canaries;

/** delete, restore and purge (with its confirmation). */
class SecretLifecycleTest {
  @TempDir Path tempDir;
  private CliHarness cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(tempDir.resolve("data"));
    Path value = Files.writeString(tempDir.resolve("v"), Canaries.next());
    cli.run("secrets", "create", "jira", "--env", "prod", "--key", "TOKEN=@" + value).ok();
  }

  @Test
  void delete_thenRestore_bringsTheSecretBack() {
    CliResult deleted = cli.run("secrets", "delete", "jira", "--env", "prod").ok();
    assertEquals("Deleted secret jira in environment prod; `strongroom secrets restore jira --env prod` brings it"
        + " back.\n", deleted.out());
    cli.run("secrets", "show", "jira", "--env", "prod").expect(3);
    assertEquals("Restored secret jira in environment prod at version 1.\n",
        cli.run("secrets", "restore", "jira", "--env", "prod").ok().out());
    cli.run("secrets", "show", "jira", "--env", "prod").ok();
  }

  @Test
  void purge_ofALiveSecret_isAConflict() {
    CliResult result = cli.run("secrets", "purge", "jira", "--env", "prod").expect(4);
    assertTrue(result.err().contains("is not deleted; delete it first"), result.err());
  }

  @Test
  void purge_withoutTerminal_needsYes() {
    cli.run("secrets", "delete", "jira", "--env", "prod").ok();
    CliResult result = cli.run("secrets", "purge", "jira", "--env", "prod").expect(2);
    assertTrue(result.err().contains("pass --yes"), result.err());
    cli.run("secrets", "restore", "jira", "--env", "prod").ok();
  }

  @Test
  void purge_onTerminal_asks_andNoKeepsTheSecret() {
    cli.run("secrets", "delete", "jira", "--env", "prod").ok();
    cli.terminal().interactive(true).answerLine("n");
    CliResult result = cli.run("secrets", "purge", "jira", "--env", "prod").expect(1);
    assertTrue(result.err().contains("not confirmed; nothing was changed"), result.err());
    assertEquals(List.of("Purge secret jira in environment prod? Every version is destroyed for good. [y/N] "),
        cli.terminal().prompts());
    cli.run("secrets", "restore", "jira", "--env", "prod").ok();
  }

  @Test
  void purge_confirmed_destroysTheSecretForGood() {
    cli.run("secrets", "delete", "jira", "--env", "prod").ok();
    cli.terminal().interactive(true).answerLine("yes");
    assertEquals("Purged secret jira in environment prod: every version is destroyed.\n",
        cli.run("secrets", "purge", "jira", "--env", "prod").ok().out());
    cli.run("secrets", "restore", "jira", "--env", "prod").expect(3);
    assertEquals("No deleted secrets in workspace default.\n", cli.run("secrets", "list", "--deleted").ok().out());
  }
}
