package strongroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrongroomCommandTest {
  @TempDir Path tempDir;

  @Test
  void help_listsCommandsGlobalOptionsAndExitCodes() {
    CliResult result = new CliHarness(tempDir).runBare("--help").ok();
    for (String expected : new String[] {"secrets", "keys", "audit", "--data-dir", "--db-url", "--workspace",
        "Exit codes:", "3   not found", "8   database failure", "KEY=@FILE"}) {
      assertTrue(result.out().contains(expected), () -> "help lacks " + expected + ":\n" + result.out());
    }
    assertFalse(Files.exists(tempDir.resolve("data")), "help must not create a store");
  }

  @Test
  void noSubcommand_printsUsage() {
    CliResult result = new CliHarness(tempDir).runBare().ok();
    assertTrue(result.out().startsWith("Usage: strongroom"), result.out());
  }

  @Test
  void groupWithoutSubcommand_printsItsUsage() {
    CliResult result = new CliHarness(tempDir).runBare("secrets").ok();
    assertTrue(result.out().startsWith("Usage: strongroom secrets"), result.out());
    assertTrue(result.out().contains("create"), result.out());
  }

  @Test
  void version_isPrinted() {
    CliResult result = new CliHarness(tempDir).runBare("--version").ok();
    assertTrue(result.out().startsWith("strongroom "), result.out());
  }

  @Test
  void firstRun_printsKeyFilePathOnce() {
    CliHarness cli = new CliHarness(tempDir.resolve("data"));
    CliResult first = cli.run("secrets", "list").ok();
    Path keyFile = tempDir.resolve("data").resolve("root.key").toAbsolutePath();
    assertTrue(first.err().contains("created a new root key: " + keyFile), first.err());
    assertTrue(first.err().contains("back it up"), first.err());
    assertTrue(Files.exists(keyFile));
    CliResult second = cli.run("secrets", "list").ok();
    assertEquals("", second.err());
  }

  @Test
  void globalOptions_workAfterTheSubcommandToo() {
    CliHarness cli = new CliHarness(tempDir.resolve("ignored"));
    Path dir = tempDir.resolve("late");
    cli.runBare("secrets", "list", "--data-dir", dir.toString()).ok();
    assertTrue(Files.exists(dir.resolve("root.key")));
    cli.runBare("secrets", "--data-dir", dir.toString(), "list", "--workspace", "default").ok();
  }

  @Test
  void dataDir_defaultsToTheEnvironmentVariable() {
    Path dir = tempDir.resolve("from-env");
    new CliHarness(tempDir).runWith(Map.of("STRONGROOM_DATA_DIR", dir.toString()), "secrets", "list").ok();
    assertTrue(Files.exists(dir.resolve("strongroom.db")));
  }

  @Test
  void unknownWorkspace_isNotFound() {
    CliResult result = new CliHarness(tempDir).run("--workspace", "nope", "secrets", "list").expect(3);
    assertTrue(result.err().endsWith("strongroom: workspace `nope` does not exist\n"), result.err());
  }

  @Test
  void unsupportedDbUrl_isAUsageErrorThatDoesNotRepeatTheUrl() {
    CliResult result = new CliHarness(tempDir).run("--db-url", "mysql://u:hunter2@host/db", "secrets", "list")
        .expect(2);
    assertTrue(result.err().contains("--db-url"), result.err());
    assertFalse(result.err().contains("hunter2"), result.err());
  }

  @Test
  void dataDirThatIsAFile_isAStorageFailure() throws Exception {
    Path file = Files.writeString(tempDir.resolve("plain-file"), "x");
    CliResult result = new CliHarness(file).run("secrets", "list").expect(8);
    assertTrue(result.err().startsWith("strongroom: cannot create the data directory"), result.err());
  }

  @Test
  void wrongRootKey_failsClosedWithExitCode7() throws Exception {
    CliHarness a = new CliHarness(tempDir.resolve("a"));
    CliHarness b = new CliHarness(tempDir.resolve("b"));
    a.run("secrets", "list").ok();
    b.run("secrets", "list").ok();
    Files.copy(b.dataDir().resolve("root.key"), a.dataDir().resolve("root.key"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliResult result = a.run("secrets", "list").expect(7);
    assertTrue(result.err().startsWith("strongroom: "), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace");
  }

  @Test
  void unknownOption_isNamed_butAStrayArgumentIsNotRepeated() {
    CliHarness cli = new CliHarness(tempDir);
    CliResult option = cli.run("secrets", "list", "--jsn").expect(2);
    assertTrue(option.err().contains("unknown option '--jsn'"), option.err());
    assertTrue(option.err().contains("Try 'strongroom secrets list --help'"), option.err());
    String value = strongroom.secrets.testing.Canaries.next();
    CliResult stray = cli.run("secrets", "list", value).expect(2);
    assertTrue(stray.err().contains("unexpected argument at position 5 (not shown"), stray.err());
  }

  @Test
  void mistypedCommand_isNamedWithSuggestions() {
    CliResult result = new CliHarness(tempDir).runBare("secrets", "lst").expect(2);
    assertTrue(result.err().startsWith("strongroom: unknown command 'lst'\n"), result.err());
    assertTrue(result.err().contains("list"), result.err());
  }
}
