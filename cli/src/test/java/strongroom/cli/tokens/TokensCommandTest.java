package strongroom.cli.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.Role;

/** tokens create, list and revoke, as an operator runs them on the server's data folder. */
class TokensCommandTest {
  @TempDir Path tempDir;
  private CliHarness cli;

  @BeforeEach
  void setUp() {
    cli = new CliHarness(tempDir.resolve("data"));
  }

  private ApiTokens tokens(SecretStore store) {
    return new ApiTokens(store, Clock.systemUTC());
  }

  private SecretStore open() {
    return cli.openStore();
  }

  @Test
  void create_printsATokenOnce_thatAuthenticatesWithItsRole() {
    CliResult created = cli.run("tokens", "create", "--workspace", "default", "--role", "editor", "--expires", "30d")
        .ok();
    String token = created.out().strip();
    assertTrue(token.startsWith("srt_"), created.out());
    assertTrue(created.err().contains("only time"));
    String listed = cli.run("tokens", "list").ok().out();
    assertFalse(listed.contains(token), "list shows the token");
    assertTrue(listed.contains("editor") && listed.contains("active"), listed);
    try (SecretStore store = open()) {
      ApiToken found = tokens(store).authenticate(token).orElseThrow();
      assertEquals(Role.EDITOR, found.role());
      assertTrue(found.expiresAt() != null);
      assertEquals(found.id(), listed.lines().skip(1).findFirst().orElseThrow().split("\\s+")[0]);
    }
  }

  @Test
  void revoke_stopsTheToken_andListShowsIt() {
    String token = cli.run("tokens", "create", "--workspace", "default", "--role", "admin").ok().out().strip();
    String id;
    try (SecretStore store = open()) {
      id = tokens(store).authenticate(token).orElseThrow().id();
    }
    assertTrue(cli.run("tokens", "revoke", id).ok().out().contains("revoked"));
    assertTrue(cli.run("tokens", "list").ok().out().contains("revoked"));
    try (SecretStore store = open()) {
      assertTrue(tokens(store).authenticate(token).isEmpty());
    }
    assertEquals(3, cli.run("tokens", "revoke", id).exitCode());
  }

  @Test
  void badArguments_areUsageErrors() {
    assertEquals(2, cli.run("tokens", "create", "--workspace", "default", "--role", "root").exitCode());
    assertEquals(2, cli.run("tokens", "create", "--workspace", "default", "--role", "viewer", "--expires", "soon")
        .exitCode());
    assertEquals(3, cli.run("tokens", "create", "--workspace", "nope", "--role", "viewer").exitCode());
  }
}
