package strongroom.cli.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.crypto.RootKey;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;

/** status, rotate, disable, enable, destroy and rekey, as an operator would run them in turn. */
class KeysCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tempDir;
  private CliHarness cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(tempDir.resolve("data"));
    Path value = Files.writeString(tempDir.resolve("v"), Canaries.next());
    cli.run("secrets", "create", "one", "--key", "A=@" + value).ok();
    cli.run("secrets", "create", "two", "--key", "A=@" + value).ok();
  }

  @Test
  void status_showsTermsPrimaryAndRootKeySource() throws Exception {
    String out = cli.run("keys", "status").ok().out();
    String[] lines = out.split("\n");
    assertTrue(lines[0].matches("TERM +STATE +PRIMARY +CREATED +DATA KEYS"), lines[0]);
    assertTrue(lines[1].matches("1 +primary +\\* +\\S+Z +2"), lines[1]);
    assertTrue(out.contains("Rotation:      none in progress\n"), out);
    assertTrue(out.contains("Root key:      key file " + cli.dataDir().resolve("root.key").toAbsolutePath()), out);

    JsonNode json = JSON.readTree(cli.run("keys", "status", "--json").ok().out());
    assertEquals(1, json.get("primary").asInt());
    assertTrue(json.get("rotation_in_progress").isNull());
    assertEquals(2, json.get("terms").get(0).get("wrapped_data_keys").asInt());
    assertTrue(json.get("terms").get(0).get("primary").asBoolean());
  }

  @Test
  void rotate_thenDisableEnableDestroy_theOldTerm() {
    assertEquals("Rotated: term 2 is the primary; 2 data keys rewrapped.\n"
        + "Older terms still unwrap until disabled: `strongroom keys disable TERM`.\n",
        cli.run("keys", "rotate").ok().out());
    String status = cli.run("keys", "status").ok().out();
    assertTrue(status.lines().anyMatch(l -> l.matches("1 +active +\\S+Z +0")), status);
    assertTrue(status.lines().anyMatch(l -> l.matches("2 +primary +\\* +\\S+Z +2")), status);

    CliResult primary = cli.run("keys", "disable", "2").expect(7);
    assertTrue(primary.err().contains("key term 2 is the primary; rotate first"), primary.err());
    cli.run("keys", "disable", "1").ok();
    cli.run("keys", "enable", "1").ok();
    CliResult active = cli.run("keys", "destroy", "1").expect(7);
    assertTrue(active.err().contains("only a disabled term can be destroyed"), active.err());
    cli.run("keys", "disable", "1").ok();
    cli.run("keys", "destroy", "1").expect(2);
    cli.terminal().interactive(true).answerLine("y");
    assertEquals("Key term 1 is destroyed.\n", cli.run("keys", "destroy", "1").ok().out());
    assertTrue(cli.run("keys", "status").ok().out().lines().anyMatch(l -> l.matches("1 +destroyed .*")));
    cli.run("keys", "disable", "9").expect(3);
    cli.run("secrets", "verify").ok();
  }

  @Test
  void rotate_onATerminal_drawsAProgressBar() {
    cli.terminal().interactive(true);
    CliResult result = cli.run("keys", "rotate").ok();
    assertTrue(result.err().contains("\rRewrapping data keys [##############################] 100% 2/2\n"),
        result.err());
  }

  @Test
  void rotate_afterAnInterruption_saysItResumed() {
    try (SecretStore store = cli.openStore()) {
      Raw.update(store, "UPDATE keyring_state SET rotation_target = 1 WHERE id = 1");
    }
    assertTrue(cli.run("keys", "status").ok().out().contains("unfinished, towards term 1"));
    CliResult result = cli.run("keys", "rotate").ok();
    assertTrue(result.out().startsWith("Resumed the interrupted rotation: term 1 is the primary"), result.out());
  }

  @Test
  void rekey_replacesTheRootKey_andTheOldOneOpensNothing() throws Exception {
    Path keyFile = cli.dataDir().resolve("root.key");
    byte[] old = Files.readAllBytes(keyFile);
    cli.run("keys", "rekey").expect(2);
    CliResult result = cli.run("keys", "rekey", "--yes").ok();
    assertTrue(result.out().contains("The old root key opens nothing any more"), result.out());
    assertFalse(java.util.Arrays.equals(old, Files.readAllBytes(keyFile)));
    cli.run("secrets", "verify").ok();

    byte[] current = Files.readAllBytes(keyFile);
    Files.write(keyFile, old);
    CliResult refused = cli.run("secrets", "list").expect(7);
    assertTrue(refused.err().startsWith("strongroom: "), refused.err());
    Files.write(keyFile, current);
    cli.run("secrets", "list").ok();
  }

  @Test
  void rekey_withTheRootKeyInTheEnvironment_isRefused() {
    String key = new String(RootKey.generate().encode(), StandardCharsets.US_ASCII);
    CliHarness fromEnv = new CliHarness(tempDir.resolve("env"));
    Map<String, String> environment = Map.of("STRONGROOM_ROOT_KEY", key);
    String dir = fromEnv.dataDir().toString();
    fromEnv.runWith(environment, "--data-dir", dir, "keys", "status").ok();
    CliResult result = fromEnv.runWith(environment, "--data-dir", dir, "keys", "rekey", "--yes").expect(7);
    assertTrue(result.err().contains("rekey needs a key file"), result.err());
  }
}
