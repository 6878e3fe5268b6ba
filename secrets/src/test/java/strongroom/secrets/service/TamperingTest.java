package strongroom.secrets.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.CorruptedSecretException;
import strongroom.secrets.KeyInput;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;

/**
 * Ciphertexts are bound to their place: a ciphertext or wrapped key copied onto another secret,
 * workspace, environment or version fails to decrypt, is flagged in lists, fails resolve with a
 * named error and is reported by verify.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TamperingTest extends StoreTestBase {
  TamperingTest(Backend backend) {
    super(backend);
  }

  private String idOf(String workspace, String name, String env) {
    return store.secrets().get(workspace, name, env).id();
  }

  /** Copies column {@code column} of (from, fromVersion) onto (to, toVersion). */
  private void copyColumn(String column, String fromId, int fromVersion, String toId, int toVersion) {
    Object bytes = Raw.query(store, "SELECT " + column + " FROM secret_versions WHERE secret_id = ? AND version = ?",
        fromId, fromVersion).get(0).get(column);
    assertEquals(1, Raw.update(store, "UPDATE secret_versions SET " + column + " = ? WHERE secret_id = ? AND version = ?",
        bytes, toId, toVersion));
  }

  private void copyBoth(String fromId, int fromVersion, String toId, int toVersion) {
    copyColumn("ciphertext", fromId, fromVersion, toId, toVersion);
    copyColumn("wrapped_key", fromId, fromVersion, toId, toVersion);
    copyColumn("key_names", fromId, fromVersion, toId, toVersion);
  }

  private void assertCorrupted(String workspace, String name, String env) {
    assertTrue(store.secrets().get(workspace, name, env).corrupted(), "flagged in get");
    assertTrue(store.secrets().list(workspace, name, env, null, false).get(0).corrupted(), "flagged in list");
    CorruptedSecretException e = assertThrows(CorruptedSecretException.class,
        () -> store.resolver().resolve(workspace, env, Set.of(name), ALICE));
    assertEquals(name, e.name());
    assertEquals(env, e.environment());
    Canaries.assertAbsent("the corruption error", e.getMessage());
    assertTrue(store.verifier().verifyAll(ALICE).stream()
        .anyMatch(c -> c.secretName().equals(name) && c.environment().equals(env)), "reported by verify");
  }

  @Test
  void untouched_isNotCorrupted() {
    create(WS, "a", null, "K", Canaries.next());
    assertFalse(store.secrets().get(WS, "a", "default").corrupted());
    assertTrue(store.verifier().verifyAll(ALICE).isEmpty());
  }

  @Test
  void copiedToAnotherSecret_failsToDecrypt() {
    create(WS, "a", null, "K", Canaries.next());
    create(WS, "b", null, "K", Canaries.next());
    copyBoth(idOf(WS, "a", "default"), 1, idOf(WS, "b", "default"), 1);
    assertCorrupted(WS, "b", "default");
    assertFalse(store.secrets().get(WS, "a", "default").corrupted());
  }

  @Test
  void copiedToAnotherWorkspace_failsToDecrypt() {
    store.workspaces().create("other");
    create(WS, "a", null, "K", Canaries.next());
    create("other", "a", null, "K", Canaries.next());
    copyBoth(idOf(WS, "a", "default"), 1, idOf("other", "a", "default"), 1);
    assertCorrupted("other", "a", "default");
  }

  @Test
  void movedToAnotherEnvironment_failsToDecrypt() {
    create(WS, "a", "tenant_a", "K", Canaries.next());
    // Relabel the row, as a hand-edit of the database would.
    Raw.update(store, "UPDATE secrets SET environment = 'tenant_b'");
    Raw.update(store, "UPDATE secret_versions SET environment = 'tenant_b'");
    assertCorrupted(WS, "a", "tenant_b");
  }

  @Test
  void copiedToAnotherVersion_failsToDecrypt() {
    create(WS, "a", null, "K", Canaries.next());
    store.secrets().update(WS, "a", "default", SecretUpdate.keys(List.of(KeyInput.of("K", Canaries.next())), 1),
        ALICE);
    String id = idOf(WS, "a", "default");
    copyBoth(id, 1, id, 2);
    assertCorrupted(WS, "a", "default");
  }

  @Test
  void wrappedKeyOnly_copiedFromAnotherSecret_failsToDecrypt() {
    create(WS, "a", null, "K", Canaries.next());
    create(WS, "b", null, "K", Canaries.next());
    copyColumn("wrapped_key", idOf(WS, "a", "default"), 1, idOf(WS, "b", "default"), 1);
    assertCorrupted(WS, "b", "default");
    assertEquals("wrapped data key does not verify",
        store.verifier().verifyAll(ALICE).get(0).reason());
  }

  @Test
  void flippedCiphertextByte_failsToDecrypt() {
    create(WS, "a", null, "K", Canaries.next());
    String id = idOf(WS, "a", "default");
    byte[] ciphertext = (byte[]) Raw.query(store, "SELECT ciphertext FROM secret_versions WHERE secret_id = ?", id)
        .get(0).get("ciphertext");
    ciphertext[ciphertext.length / 2] ^= 1;
    Raw.update(store, "UPDATE secret_versions SET ciphertext = ? WHERE secret_id = ?", ciphertext, id);
    assertCorrupted(WS, "a", "default");
    assertEquals("ciphertext does not verify", store.verifier().verifyAll(ALICE).get(0).reason());
  }

  @Test
  void keyNamesRelabelled_isCorrupted() {
    create(WS, "a", null, "K", Canaries.next());
    Raw.update(store, "UPDATE secret_versions SET key_names = '[\"OTHER\"]'");
    assertCorrupted(WS, "a", "default");
  }

  @Test
  void corruptedDeletedSecret_isStillReportedByVerify() {
    create(WS, "a", null, "K", Canaries.next());
    create(WS, "b", null, "K", Canaries.next());
    copyBoth(idOf(WS, "a", "default"), 1, idOf(WS, "b", "default"), 1);
    store.secrets().delete(WS, "b", "default", ALICE);
    var found = store.verifier().verifyAll(ALICE);
    assertEquals(1, found.size());
    assertTrue(found.get(0).deleted());
  }
}
