package strongroom.cli.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;

class VerifySecretsCommandTest {
  @TempDir Path tempDir;
  private CliHarness cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliHarness(tempDir.resolve("data"));
    Path value = Files.writeString(tempDir.resolve("v"), Canaries.next());
    cli.run("secrets", "create", "abuseipdb", "--key", "API_KEY=@" + value).ok();
    cli.run("secrets", "create", "urlscan", "--env", "tenant_a", "--key", "API_KEY=@" + value).ok();
  }

  @Test
  void verify_cleanStore_exitsZero() {
    assertEquals("All secret versions verify.\n", cli.run("secrets", "verify").ok().out());
  }

  @Test
  void verify_afterTamperingACiphertext_reportsItAndExitsOne() throws Exception {
    flipCiphertextByte("urlscan");
    CliResult result = cli.run("secrets", "verify").expect(1);
    String[] lines = result.out().split("\n");
    assertTrue(lines[0].matches("WORKSPACE +NAME +ENVIRONMENT +VERSION +REASON"), lines[0]);
    assertTrue(lines[1].matches("default +urlscan +tenant_a +1 +\\S.*"), lines[1]);
    assertEquals("1 corrupted version found.", lines[2]);

    String list = cli.run("secrets", "list").ok().out();
    assertTrue(list.lines().anyMatch(l -> l.startsWith("urlscan") && l.endsWith("CORRUPTED")), list);
    assertTrue(cli.run("secrets", "show", "urlscan", "--env", "tenant_a").ok().out().contains("CORRUPTED"));

    JsonNode json = new ObjectMapper().readTree(cli.run("secrets", "verify", "--json").expect(1).out());
    assertEquals("urlscan", json.get(0).get("name").asText());
    assertEquals("default", json.get(0).get("workspace").asText());
  }

  @Test
  void updatingACorruptedSecret_failsWithExitCode6() throws Exception {
    flipCiphertextByte("abuseipdb");
    CliResult result = cli.run("secrets", "update", "abuseipdb", "--keep", "API_KEY", "--move-to", "x").expect(6);
    assertTrue(result.err().startsWith("strongroom: secret `abuseipdb` in environment `default` (version 1) is"
        + " corrupted"), result.err());
  }

  private void flipCiphertextByte(String name) {
    try (SecretStore store = cli.openStore()) {
      Map<String, Object> row = Raw.query(store, "SELECT v.secret_id, v.ciphertext FROM secret_versions v"
          + " JOIN secrets s ON s.id = v.secret_id WHERE s.name = ?", name).get(0);
      byte[] ciphertext = (byte[]) row.get("ciphertext");
      ciphertext[ciphertext.length / 2] ^= 0x01;
      assertEquals(1, Raw.update(store, "UPDATE secret_versions SET ciphertext = ? WHERE secret_id = ?",
          ciphertext, row.get("secret_id")));
    }
  }
}
