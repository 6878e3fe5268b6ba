package strongroom.cli.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.validation.TestPems;

class CreateSecretCommandTest {
  @TempDir Path tempDir;
  private CliHarness cli;

  @BeforeEach
  void setUp() {
    cli = new CliHarness(tempDir.resolve("data"));
  }

  @Test
  void create_fromFile_keepsTheBytesExactly() throws Exception {
    String value = Canaries.next() + "\n";
    Path file = Files.writeString(tempDir.resolve("token.txt"), value);
    CliResult result = cli.run("secrets", "create", "virustotal", "--key", "API_KEY=@" + file).ok();
    assertEquals("Created secret virustotal in environment default: version 1, keys API_KEY.\n", result.out());
    assertTrue(StoredValues.holds(cli, "virustotal", "default", "API_KEY", value), "file bytes kept, newline too");
  }

  @Test
  void create_fromStdin_dropsOneTrailingNewlineForCustomSecrets() {
    String value = Canaries.next();
    cli.terminal().stdin(value + "\n");
    cli.run("secrets", "create", "slack", "--env", "tenant_a", "--key", "TOKEN=-", "--description", "bot",
        "--tag", "team=soc").ok();
    assertTrue(StoredValues.holds(cli, "slack", "tenant_a", "TOKEN", value));
  }

  @Test
  void create_fromStdin_dropsOnlyOneNewline() {
    String value = Canaries.next() + "\n";
    cli.terminal().stdin(value + "\r\n");
    cli.run("secrets", "create", "multi", "--key", "TEXT=-").ok();
    assertTrue(StoredValues.holds(cli, "multi", "default", "TEXT", value));
  }

  @Test
  void create_pemFromStdin_isNormalisedByTheStore() {
    cli.terminal().stdin("\r\n" + TestPems.certificate().replace("\n", "\r\n"));
    cli.run("secrets", "create", "internal_ca", "--type", "ca_cert", "--key", "CA_CERTIFICATE=-").ok();
    assertTrue(StoredValues.holds(cli, "internal_ca", "default", "CA_CERTIFICATE", TestPems.certificate()));
  }

  @Test
  void create_fromPrompt_readsWithoutEcho() {
    String value = Canaries.next();
    cli.terminal().interactive(true).answerHidden(value);
    cli.run("secrets", "create", "github", "--key", "GITHUB_TOKEN").ok();
    assertEquals(java.util.List.of("GITHUB_TOKEN (input hidden): "), cli.terminal().prompts());
    assertTrue(StoredValues.holds(cli, "github", "default", "GITHUB_TOKEN", value));
  }

  @Test
  void create_promptWithoutConsole_isAUsageError() {
    CliResult result = cli.run("secrets", "create", "github", "--key", "GITHUB_TOKEN").expect(2);
    assertTrue(result.err().endsWith("strongroom: --key GITHUB_TOKEN asks for the value, but there is no terminal;"
        + " use GITHUB_TOKEN=@FILE or GITHUB_TOKEN=- instead\n"), result.err());
  }

  @Test
  void create_literalValue_works_withAWarningThatDoesNotRepeatIt() {
    String value = Canaries.next();
    CliResult result = cli.run("secrets", "create", "demo", "--key", "TOKEN=" + value).expect(0);
    assertTrue(result.err().contains("strongroom: warning: the value of TOKEN was given on the command line"), result.err());
    assertTrue(result.err().contains("KEY=@FILE"), result.err());
    assertTrue(StoredValues.holds(cli, "demo", "default", "TOKEN", value));
  }

  @Test
  void create_literalValueInTheOptionItself_worksToo() {
    String value = Canaries.next();
    cli.run("secrets", "create", "demo", "--key=TOKEN=" + value).expect(0);
    assertTrue(StoredValues.holds(cli, "demo", "default", "TOKEN", value));
  }

  @Test
  void create_emptyLiteral_isAUsageError() {
    CliResult result = cli.run("secrets", "create", "demo", "--key", "TOKEN=").expect(2);
    assertTrue(result.err().contains("--key TOKEN: no value given"), result.err());
  }

  @Test
  void create_badKeyName_isNotRepeated() {
    String value = Canaries.next();
    CliResult result = cli.run("secrets", "create", "demo", "--key", value).expect(2);
    assertTrue(result.err().contains("--key #1: the key name must match"), result.err());
  }

  @Test
  void create_twoKeysFromStdin_isRefused() {
    CliResult result = cli.run("secrets", "create", "demo", "--key", "A=-", "--key", "B=-").expect(2);
    assertTrue(result.err().contains("only one --key can read standard input, but A and B"), result.err());
  }

  @Test
  void create_emptyStdin_isRefused() {
    CliResult result = cli.run("secrets", "create", "demo", "--key", "A=-").expect(2);
    assertTrue(result.err().contains("--key A: the value is empty"), result.err());
  }

  @Test
  void create_missingFile_isAUsageError() {
    CliResult result = cli.run("secrets", "create", "demo", "--key", "A=@" + tempDir.resolve("nope")).expect(2);
    assertTrue(result.err().contains("--key A: no such file: "), result.err());
  }

  @Test
  void create_invalidName_listsTheViolation() throws Exception {
    Path file = Files.writeString(tempDir.resolve("v"), Canaries.next());
    CliResult result = cli.run("secrets", "create", "Bad-Name", "--key", "A=@" + file).expect(2);
    assertTrue(result.err().contains("strongroom: invalid input:\n  name: must match"), result.err());
    assertTrue(result.err().contains("[pattern]"), result.err());
  }

  @Test
  void create_duplicate_isAConflict() throws Exception {
    Path file = Files.writeString(tempDir.resolve("v"), Canaries.next());
    cli.run("secrets", "create", "demo", "--key", "A=@" + file).ok();
    CliResult result = cli.run("secrets", "create", "demo", "--key", "A=@" + file).expect(4);
    assertEquals("strongroom: secret `demo` already exists in environment `default`\n", result.err());
  }

  @Test
  void create_unknownType_isAUsageError() throws Exception {
    Path file = Files.writeString(tempDir.resolve("v"), Canaries.next());
    CliResult result = cli.run("secrets", "create", "demo", "--type", "password", "--key", "A=@" + file).expect(2);
    assertTrue(result.err().contains("must be one of custom, ssh_key, mtls, ca_cert"), result.err());
  }

  @Test
  void create_help_explainsWhyValuesAreNotTakenFromArgv() {
    CliResult result = cli.run("secrets", "create", "--help").ok();
    assertTrue(result.out().contains("KEY=VALUE"), result.out());
  }
}
