package strongroom.secrets.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.KeyringException;
import strongroom.secrets.RootKeyException;
import strongroom.secrets.crypto.EnvironmentRootKeyProvider;
import strongroom.secrets.crypto.FileRootKeyProvider;
import strongroom.secrets.crypto.KeyTermState;
import strongroom.secrets.crypto.RootKey;
import strongroom.secrets.crypto.RootKeyProvider;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;

@ParameterizedClass
@EnumSource(Backend.class)
class KeyringTest extends StoreTestBase {
  KeyringTest(Backend backend) {
    super(backend);
  }

  private Map<Integer, Long> wrappedByTerm() {
    Map<Integer, Long> out = new java.util.TreeMap<>();
    store.keys().status().terms().forEach(t -> out.put(t.term(), t.wrappedDataKeys()));
    return out;
  }

  @Test
  void newStore_hasOnePrimaryTerm_andCreatesOwnerOnlyKeyFile() throws Exception {
    KeyringStatus status = store.keys().status();
    assertEquals(1, status.primary());
    assertEquals(List.of(KeyTermState.PRIMARY), status.terms().stream().map(KeyTermStatus::state).toList());
    assertTrue(store.createdRootKey());
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(fixture.keyFile())));
    assertFalse(fixture.reopen().createdRootKey());
  }

  @Test
  void rotate_rewrapsEveryDataKeyWithoutReencryptingValues() {
    String v = Canaries.next();
    create(WS, "a", null, "K", v);
    create(WS, "b", "tenant_a", "K", Canaries.next());
    List<Object> before = Raw.query(store, "SELECT ciphertext FROM secret_versions ORDER BY secret_id").stream()
        .map(r -> r.get("ciphertext")).toList();
    RotationResult result = store.keys().rotate(ALICE, KeyService.Progress.NONE);
    assertEquals(2, result.primary());
    assertEquals(2, result.rewrapped());
    assertFalse(result.resumed());
    assertEquals(Map.of(1, 0L, 2, 2L), wrappedByTerm());
    List<Object> after = Raw.query(store, "SELECT ciphertext FROM secret_versions ORDER BY secret_id").stream()
        .map(r -> r.get("ciphertext")).toList();
    for (int i = 0; i < before.size(); i++) {
      assertArrayEquals((byte[]) before.get(i), (byte[]) after.get(i));
    }
    assertEquals(Map.of("K", v), read(WS, "a", "default"));
    assertNull(store.keys().status().rotationInProgress());
    create(WS, "c", null, "K", Canaries.next());
    assertEquals(Map.of(1, 0L, 2, 3L), wrappedByTerm());
  }

  @Test
  void rotate_interruptedThenRerun_resumesAndFinishes() {
    for (int i = 0; i < 450; i++) {
      create(WS, "s" + i, null, "K", "v" + i);
    }
    RuntimeException stop = new RuntimeException("interrupted");
    int[] calls = {0};
    assertThrows(RuntimeException.class, () -> store.keys().rotate(ALICE, (done, total) -> {
      if (done > 0 && ++calls[0] == 1) {
        throw stop;
      }
    }));
    assertEquals(2, store.keys().status().rotationInProgress());
    assertTrue(wrappedByTerm().get(1) > 0);
    RotationResult result = store.keys().rotate(ALICE, KeyService.Progress.NONE);
    assertTrue(result.resumed());
    assertEquals(2, result.primary());
    assertEquals(Map.of(1, 0L, 2, 450L), wrappedByTerm());
    assertEquals(Map.of("K", "v449"), read(WS, "s449", "default"));
    assertTrue(store.verifier().verifyAll(ALICE).isEmpty());
  }

  @Test
  void disable_refusedForPrimaryAndWhileWrapping_destroyOnlyWhenDisabled() {
    create(WS, "a", null, "K", Canaries.next());
    assertThrows(KeyringException.class, () -> store.keys().disable(1, ALICE));
    store.keys().rotate(ALICE, KeyService.Progress.NONE);
    assertThrows(KeyringException.class, () -> store.keys().destroy(1, ALICE));
    store.keys().disable(1, ALICE);
    store.keys().enable(1, ALICE);
    store.keys().disable(1, ALICE);
    store.keys().destroy(1, ALICE);
    assertEquals(List.of(KeyTermState.DESTROYED, KeyTermState.PRIMARY),
        store.keys().status().terms().stream().map(KeyTermStatus::state).toList());
    assertNull(Raw.query(store, "SELECT sealed_key FROM key_terms WHERE term = 1").get(0).get("sealed_key"));
    assertEquals(1, read(WS, "a", "default").size());
    assertEquals(2, fixture.reopen().keys().status().primary());
  }

  @Test
  void disable_termThatStillWraps_isRefused() {
    create(WS, "a", null, "K", Canaries.next());
    // Interrupted before the first batch: term 2 is primary, the data key still under term 1.
    assertThrows(IllegalStateException.class, () -> store.keys().rotate(ALICE, (done, total) -> {
      throw new IllegalStateException("interrupted");
    }));
    KeyringException e = assertThrows(KeyringException.class, () -> store.keys().disable(1, ALICE));
    assertEquals("key term 1 still wraps 1 data keys; run `strongroom keys rotate` first", e.getMessage());
  }

  @Test
  void rekey_oldRootKeyOpensNothing() throws Exception {
    String v = Canaries.next();
    create(WS, "a", null, "K", v);
    String oldKey = Files.readString(fixture.keyFile());
    store.keys().rekey(ALICE);
    assertEquals(Map.of("K", v), read(WS, "a", "default"));
    assertFalse(Files.readString(fixture.keyFile()).equals(oldKey));
    assertFalse(Files.exists(fixture.keyFile().resolveSibling("root.key.next")));
    store.close();
    RootKeyProvider old = new EnvironmentRootKeyProvider("OLD_KEY", oldKey);
    RootKeyException e = assertThrows(RootKeyException.class, () -> SecretStore.open(fixture.config(old)));
    assertTrue(e.getMessage().contains("does not open the keyring"), e.getMessage());
    store = fixture.reopen();
    assertEquals(Map.of("K", v), read(WS, "a", "default"));
  }

  @Test
  void rekey_interruptedAfterCommit_isFinishedAtStartup() {
    String v = Canaries.next();
    create(WS, "a", null, "K", v);
    store.close();
    FileRootKeyProvider file = new FileRootKeyProvider(fixture.keyFile());
    RootKeyProvider crashesBeforePromote = new DelegatingProvider(file) {
      @Override
      public void promoteStaged() {
        throw new IllegalStateException("power cut");
      }
    };
    store = SecretStore.open(fixture.config(crashesBeforePromote));
    assertThrows(IllegalStateException.class, () -> store.keys().rekey(ALICE));
    store.close();
    assertTrue(file.staged().isPresent());
    store = SecretStore.open(fixture.config());
    assertTrue(file.staged().isEmpty(), "staged key promoted");
    assertEquals(Map.of("K", v), read(WS, "a", "default"));
  }

  @Test
  void rekey_withEnvironmentKey_isRefusedClearly() throws Exception {
    store.close();
    String text = Files.readString(fixture.keyFile());
    store = SecretStore.open(fixture.config(new EnvironmentRootKeyProvider("STRONGROOM_ROOT_KEY", text)));
    RootKeyException e = assertThrows(RootKeyException.class, () -> store.keys().rekey(ALICE));
    assertTrue(e.getMessage().startsWith("rekey needs a key file"), e.getMessage());
    assertEquals(text, Files.readString(fixture.keyFile()));
  }

  @Test
  void wrongRootKey_failsClosedAndWritesNothing() throws Exception {
    create(WS, "a", null, "K", Canaries.next());
    String before = Raw.dump(store);
    String rightKey = Files.readString(fixture.keyFile());
    store.close();
    Files.delete(fixture.keyFile());
    byte[] wrongKey = RootKey.generate().encode();
    Files.write(fixture.keyFile(), wrongKey);
    RootKeyException e = assertThrows(RootKeyException.class, () -> SecretStore.open(fixture.config()));
    assertTrue(e.getMessage().contains("does not open the keyring"), e.getMessage());
    assertArrayEquals(wrongKey, Files.readAllBytes(fixture.keyFile()));
    store = SecretStore.open(fixture.config(new EnvironmentRootKeyProvider("RIGHT", rightKey)));
    assertEquals(before, Raw.dump(store));
  }

  @Test
  void missingRootKey_forExistingKeyring_failsClosedAndCreatesNoKey() throws Exception {
    create(WS, "a", null, "K", Canaries.next());
    store.close();
    Files.delete(fixture.keyFile());
    RootKeyException e = assertThrows(RootKeyException.class, () -> SecretStore.open(fixture.config()));
    assertTrue(e.getMessage().startsWith("no root key: key file"), e.getMessage());
    assertFalse(Files.exists(fixture.keyFile()));
    store = null;
  }

  @Test
  void secondNode_picksUpTermAddedByFirst() {
    try (SecretStore other = SecretStore.open(fixture.config())) {
      store.keys().rotate(ALICE, KeyService.Progress.NONE);
      String v = Canaries.next();
      create(WS, "fresh", null, "K", v);
      try (var resolved = other.resolver().resolve(WS, "default", java.util.Set.of("fresh"), ALICE)) {
        assertEquals(v, resolved.value("fresh", "K").reveal());
      }
    }
  }

  /** Passes every call to a real provider; tests override one method to simulate a crash. */
  private static class DelegatingProvider implements RootKeyProvider {
    private final RootKeyProvider real;

    DelegatingProvider(RootKeyProvider real) {
      this.real = real;
    }

    @Override
    public String describe() {
      return real.describe();
    }

    @Override
    public Optional<RootKey> current() {
      return real.current();
    }

    @Override
    public Optional<RootKey> staged() {
      return real.staged();
    }

    @Override
    public RootKey create() {
      return real.create();
    }

    @Override
    public void stage(RootKey next) {
      real.stage(next);
    }

    @Override
    public void promoteStaged() {
      real.promoteStaged();
    }

    @Override
    public void discardStaged() {
      real.discardStaged();
    }
  }
}
