package strongroom.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.StoreFixture;

/** Tokens are random, stored only as SHA-256, bound to a workspace and role, and revocable. */
@ParameterizedClass
@EnumSource(Backend.class)
class ApiTokensTest {
  @Parameter Backend backend;
  @TempDir Path tempDir;
  private StoreFixture fixture;
  private ApiTokens tokens;

  @BeforeEach
  void open() {
    fixture = new StoreFixture(backend, tempDir);
    tokens = new ApiTokens(fixture.store(), Clock.systemUTC());
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void create_storesOnlyTheHash() {
    IssuedToken issued = tokens.create("default", Role.EDITOR, null, "operator:test");
    List<Map<String, Object>> rows = fixture.store().database().withHandle(h ->
        h.createQuery("SELECT * FROM api_tokens").mapToMap().list());
    assertEquals(1, rows.size());
    assertFalse(rows.toString().contains(issued.revealToken()), "a column holds the plaintext token");
    assertEquals(ApiTokens.hash(issued.revealToken()), rows.get(0).get("token_hash"));
    assertFalse(issued.toString().contains(issued.revealToken()));
  }

  @Test
  void tokens_areRandomAnd256Bits() {
    String a = tokens.create("default", Role.VIEWER, null, "operator:test").revealToken();
    String b = tokens.create("default", Role.VIEWER, null, "operator:test").revealToken();
    assertNotEquals(a, b);
    assertEquals(ApiTokens.PREFIX.length() + 43, a.length(), "32 bytes in unpadded base64url");
  }

  @Test
  void authenticate_returnsWorkspaceAndRole_untilRevoked() {
    IssuedToken issued = tokens.create("default", Role.ADMIN, null, "operator:test");
    ApiToken found = tokens.authenticate(issued.revealToken()).orElseThrow();
    assertEquals(fixture.store().workspaces().require("default").id(), found.workspaceId());
    assertEquals(Role.ADMIN, found.role());
    assertTrue(tokens.authenticate(issued.revealToken() + "x").isEmpty());
    tokens.revoke(issued.token().id());
    assertTrue(tokens.authenticate(issued.revealToken()).isEmpty());
    assertThrows(SecretNotFoundException.class, () -> tokens.revoke(issued.token().id()));
  }

  @Test
  void create_forAnUnknownWorkspace_fails() {
    assertThrows(SecretNotFoundException.class, () -> tokens.create("nope", Role.VIEWER, null, "operator:test"));
  }
}
