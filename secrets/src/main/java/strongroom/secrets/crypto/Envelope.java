package strongroom.secrets.crypto;

import com.google.crypto.tink.subtle.AesGcmJce;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Envelope encryption: each version gets a fresh 256-bit data key (AES-256-GCM) that encrypts its
 * key map; the data key is wrapped by the keyring's primary term. Both blobs are bound to the
 * version's {@link AssociatedData}.
 */
public final class Envelope {
  private static final int DATA_KEY_SIZE = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Envelope() {}

  /** Encrypts {@code plaintext} under a new data key wrapped by {@code keyring}'s primary term. */
  public static SealedVersion seal(byte[] plaintext, AssociatedData place, Keyring keyring) {
    byte[] dataKey = new byte[DATA_KEY_SIZE];
    RANDOM.nextBytes(dataKey);
    try {
      byte[] ciphertext = new AesGcmJce(dataKey).encrypt(plaintext, place.forPayload());
      KeyTerm primary = keyring.primary();
      byte[] wrapped = primary.aead().encrypt(dataKey, place.forDataKey());
      return new SealedVersion(ciphertext, wrapped, primary.term());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM encryption failed", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Decrypts a version. Fails with a {@link GeneralSecurityException} whose message says which
   * part failed (never any content) when the blobs were altered, moved, or wrapped by an unusable term.
   */
  public static byte[] open(SealedVersion sealed, AssociatedData place, Keyring keyring)
      throws GeneralSecurityException {
    KeyTerm term = keyring.forUnwrap(sealed.keyTerm());
    byte[] dataKey;
    try {
      dataKey = term.aead().decrypt(sealed.wrappedKey(), place.forDataKey());
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException("wrapped data key does not verify");
    }
    try {
      return new AesGcmJce(dataKey).decrypt(sealed.ciphertext(), place.forPayload());
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException("ciphertext does not verify");
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /** Unwraps a data key and wraps it again under {@code keyring}'s primary; the value is not touched. */
  public static SealedVersion rewrap(SealedVersion sealed, AssociatedData place, Keyring keyring)
      throws GeneralSecurityException {
    KeyTerm from = keyring.forUnwrap(sealed.keyTerm());
    byte[] dataKey;
    try {
      dataKey = from.aead().decrypt(sealed.wrappedKey(), place.forDataKey());
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException("wrapped data key does not verify");
    }
    try {
      KeyTerm primary = keyring.primary();
      return new SealedVersion(sealed.ciphertext(), primary.aead().encrypt(dataKey, place.forDataKey()), primary.term());
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }
}
