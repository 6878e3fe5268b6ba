package strongroom.secrets.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import strongroom.secrets.SecretValue;

class EnvelopeTest {
  private static final KeyTermSealer SEALER = new KeyTermSealer(RootKey.generate());
  private static final AssociatedData PLACE = new AssociatedData("ws-1", "secret-1", "tenant_a", 3);

  private static KeyTerm term(int number, KeyTermState state) {
    return SEALER.open(number, state, Instant.EPOCH, SEALER.newSealedKey(number));
  }

  private static final Keyring KEYRING = new Keyring(List.of(term(1, KeyTermState.PRIMARY)));

  private static byte[] plaintext() {
    return "the value".getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void seal_thenOpen_returnsPlaintext_andCiphertextHidesIt() throws Exception {
    SealedVersion sealed = Envelope.seal(plaintext(), PLACE, KEYRING);
    assertEquals(1, sealed.keyTerm());
    assertFalse(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1).contains("the value"));
    assertArrayEquals(plaintext(), Envelope.open(sealed, PLACE, KEYRING));
  }

  @Test
  void seal_twice_usesFreshDataKeys() {
    SealedVersion a = Envelope.seal(plaintext(), PLACE, KEYRING);
    SealedVersion b = Envelope.seal(plaintext(), PLACE, KEYRING);
    assertFalse(java.util.Arrays.equals(a.wrappedKey(), b.wrappedKey()));
    assertFalse(java.util.Arrays.equals(a.ciphertext(), b.ciphertext()));
  }

  @Test
  void open_atAnyOtherPlace_fails() {
    SealedVersion sealed = Envelope.seal(plaintext(), PLACE, KEYRING);
    for (AssociatedData other : List.of(
        new AssociatedData("ws-2", "secret-1", "tenant_a", 3),
        new AssociatedData("ws-1", "secret-2", "tenant_a", 3),
        new AssociatedData("ws-1", "secret-1", "tenant_b", 3),
        new AssociatedData("ws-1", "secret-1", "tenant_a", 4),
        // Length prefixes keep part boundaries: "ws-1"+"secret-1" is not "ws-1s"+"ecret-1".
        new AssociatedData("ws-1s", "ecret-1", "tenant_a", 3))) {
      GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
          () -> Envelope.open(sealed, other, KEYRING), other.toString());
      assertEquals("wrapped data key does not verify", e.getMessage());
    }
  }

  @Test
  void open_withBlobsSwapped_fails() {
    SealedVersion sealed = Envelope.seal(plaintext(), PLACE, KEYRING);
    SealedVersion swapped = new SealedVersion(sealed.wrappedKey(), sealed.ciphertext(), 1);
    assertThrows(GeneralSecurityException.class, () -> Envelope.open(swapped, PLACE, KEYRING));
  }

  @Test
  void open_everyFlippedByte_fails() {
    SealedVersion sealed = Envelope.seal(plaintext(), PLACE, KEYRING);
    for (int i = 0; i < sealed.ciphertext().length; i++) {
      byte[] bad = sealed.ciphertext().clone();
      bad[i] ^= 0x01;
      assertThrows(GeneralSecurityException.class,
          () -> Envelope.open(new SealedVersion(bad, sealed.wrappedKey(), 1), PLACE, KEYRING));
    }
    for (int i = 0; i < sealed.wrappedKey().length; i++) {
      byte[] bad = sealed.wrappedKey().clone();
      bad[i] ^= 0x01;
      assertThrows(GeneralSecurityException.class,
          () -> Envelope.open(new SealedVersion(sealed.ciphertext(), bad, 1), PLACE, KEYRING));
    }
  }

  @Test
  void open_unknownOrDisabledTerm_failsNamingIt() {
    SealedVersion sealed = Envelope.seal(plaintext(), PLACE, KEYRING);
    SealedVersion otherTerm = new SealedVersion(sealed.ciphertext(), sealed.wrappedKey(), 9);
    assertEquals("data key is wrapped by unknown key term 9",
        assertThrows(GeneralSecurityException.class, () -> Envelope.open(otherTerm, PLACE, KEYRING)).getMessage());
    Keyring disabled = new Keyring(List.of(term(2, KeyTermState.PRIMARY),
        SEALER.open(1, KeyTermState.DISABLED, Instant.EPOCH, SEALER.newSealedKey(1))));
    assertEquals("data key is wrapped by disabled key term 1",
        assertThrows(GeneralSecurityException.class, () -> Envelope.open(sealed, PLACE, disabled)).getMessage());
  }

  @Test
  void rewrap_movesDataKeyToPrimary_keepsCiphertext() throws Exception {
    KeyTerm one = term(1, KeyTermState.PRIMARY);
    Keyring before = new Keyring(List.of(one));
    SealedVersion sealed = Envelope.seal(plaintext(), PLACE, before);
    KeyTerm oneActive = new KeyTerm(1, KeyTermState.ACTIVE, Instant.EPOCH, one.aead());
    Keyring after = new Keyring(List.of(oneActive, term(2, KeyTermState.PRIMARY)));
    SealedVersion rewrapped = Envelope.rewrap(sealed, PLACE, after);
    assertEquals(2, rewrapped.keyTerm());
    assertArrayEquals(sealed.ciphertext(), rewrapped.ciphertext());
    assertArrayEquals(plaintext(), Envelope.open(rewrapped, PLACE, new Keyring(List.of(after.primary()))));
  }

  @Test
  void keyTermSealer_wrongRootKey_doesNotOpen() {
    byte[] sealedKey = SEALER.newSealedKey(1);
    KeyTermSealer other = new KeyTermSealer(RootKey.generate());
    assertFalse(other.opens(1, sealedKey));
    assertFalse(SEALER.opens(2, sealedKey), "bound to its term number");
  }

  @Test
  void keyMapCodec_isCanonicalAndRoundTrips() {
    Map<String, SecretValue> a = new java.util.LinkedHashMap<>();
    a.put("B", SecretValue.of("2"));
    a.put("A", SecretValue.of("1"));
    Map<String, SecretValue> b = new java.util.LinkedHashMap<>();
    b.put("A", SecretValue.of("1"));
    b.put("B", SecretValue.of("2"));
    assertArrayEquals(KeyMapCodec.encode(a), KeyMapCodec.encode(b));
    Map<String, SecretValue> decoded = KeyMapCodec.decode(KeyMapCodec.encode(a));
    assertEquals(List.of("A", "B"), List.copyOf(decoded.keySet()));
    assertEquals("2", decoded.get("B").reveal());
  }

  @Test
  void toStrings_revealNoKeyMaterial() {
    RootKey root = RootKey.generate();
    assertEquals("RootKey[redacted]", root.toString());
    assertEquals("KeyTerm[1, primary]", term(1, KeyTermState.PRIMARY).toString());
    assertEquals("SecretValue[redacted]", SecretValue.of("x").toString());
  }
}
