package strongroom.secrets.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import strongroom.secrets.RootKeyException;

/** Seals key terms' keys under the root key for storage, and opens them again. */
public final class KeyTermSealer {
  private static final int TERM_KEY_SIZE = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RootKey rootKey;

  public KeyTermSealer(RootKey rootKey) {
    this.rootKey = rootKey;
  }

  /** A new random term key, sealed; returns the stored bytes. */
  public byte[] newSealedKey(int term) {
    byte[] key = new byte[TERM_KEY_SIZE];
    RANDOM.nextBytes(key);
    try {
      return rootKey.aead().encrypt(key, AssociatedData.forKeyTerm(term));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM encryption failed", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Opens a stored term key into a usable term; a wrong root key or a tampered row is a {@link RootKeyException}. */
  public KeyTerm open(int term, KeyTermState state, Instant createdAt, byte[] sealedKey) {
    byte[] key = unseal(term, sealedKey);
    try {
      return new KeyTerm(term, state, createdAt, new TermCipher(key));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Re-seals a stored term key under {@code next}, for rekeying. */
  public byte[] reseal(int term, byte[] sealedKey, RootKey next) {
    byte[] key = unseal(term, sealedKey);
    try {
      return next.aead().encrypt(key, AssociatedData.forKeyTerm(term));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM encryption failed", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** True when this root key opens the stored term key. */
  public boolean opens(int term, byte[] sealedKey) {
    try {
      Arrays.fill(rootKey.aead().decrypt(sealedKey, AssociatedData.forKeyTerm(term)), (byte) 0);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private byte[] unseal(int term, byte[] sealedKey) {
    try {
      return rootKey.aead().decrypt(sealedKey, AssociatedData.forKeyTerm(term));
    } catch (GeneralSecurityException e) {
      throw new RootKeyException("the root key does not open key term " + term
          + " of the keyring: wrong root key, or the keyring row was altered");
    }
  }

  /** Builds a keyring from opened terms. */
  public static Keyring keyring(java.util.Collection<KeyTerm> terms) {
    return new Keyring(terms);
  }
}
