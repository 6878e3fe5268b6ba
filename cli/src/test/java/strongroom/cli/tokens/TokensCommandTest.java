package strongroom.cli.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.CliResult;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditQuery;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.Role;

/** tokens create, list and revoke, as an operator runs them on the server's data folder, and their audit events. */
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

  /** The one audit event of {@code action}, as {@code strongroom audit --json} prints it. */
  private JsonNode onlyEvent(String action) throws Exception {
    JsonNode events = new ObjectMapper().readTree(cli.run("audit", "--action", action, "--json").ok().out());
    assertEquals(1, events.size(), events::toString);
    return events.get(0);
  }

  @Test
  void createAndRevoke_writeAuditEvents_withIdentifiersOnly() throws Exception {
    String token = cli.run("tokens", "create", "--role", "editor").ok().out().strip();
    String id;
    try (SecretStore store = open()) {
      id = tokens(store).authenticate(token).orElseThrow().id();
    }
    JsonNode created = onlyEvent("token_create");
    assertEquals("operator:" + CliHarness.USER, created.get("actor").asText());
    assertEquals("success", created.get("outcome").asText());
    assertEquals("default", created.get("workspace").asText());
    assertTrue(created.get("secret").isNull(), created::toString);
    assertEquals("token_id=" + id + " role=editor", created.get("detail").asText());

    cli.run("tokens", "revoke", id).ok();
    JsonNode revoked = onlyEvent("token_revoke");
    assertEquals("operator:" + CliHarness.USER, revoked.get("actor").asText());
    assertEquals("default", revoked.get("workspace").asText());
    assertEquals("token_id=" + id, revoked.get("detail").asText());

    // A refused revoke (no active token with that id) records nothing.
    cli.run("tokens", "revoke", id).expect(3);
    onlyEvent("token_revoke");

    // Nowhere in the log, as printed or as stored, is the token or its random part.
    String secretPart = token.substring("srt_".length());
    String printed = cli.run("audit").ok().out() + cli.run("audit", "--json").ok().out();
    assertFalse(printed.contains(secretPart), "the audit output holds the token");
    try (SecretStore store = open()) {
      for (AuditEvent e : store.audit().query(AuditQuery.all())) {
        assertFalse(e.toString().contains(secretPart), "a stored audit event holds the token");
      }
    }
  }
}
