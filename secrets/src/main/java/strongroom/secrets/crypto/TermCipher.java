package strongroom.secrets.crypto;

import com.google.crypto.tink.Aead;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for one key term, in Tink's {@code AesGcmJce} wire format (12-byte random IV,
 * ciphertext, 16-byte tag), so either reads what the other wrote.
 *
 * <p>Why not Tink's class here: it shares one {@code Cipher} per thread across every key, and an
 * envelope open alternates the term key and the data key, so the term key's AES schedule was
 * expanded again on every unwrap. A {@code Cipher} per term and thread keeps it expanded.
 */
final class TermCipher implements Aead {
  private static final int IV_SIZE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(TermCipher::newCipher);

  TermCipher(byte[] keyBytes) {
    if (keyBytes.length != 32) {
      throw new IllegalArgumentException("a key term is a 256-bit key");
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
    byte[] out = new byte[IV_SIZE + plaintext.length + TAG_BITS / 8];
    byte[] iv = new byte[IV_SIZE];
    RANDOM.nextBytes(iv);
    System.arraycopy(iv, 0, out, 0, IV_SIZE);
    Cipher cipher = ciphers.get();
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(associatedData);
    cipher.doFinal(plaintext, 0, plaintext.length, out, IV_SIZE);
    return out;
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
    if (ciphertext.length < IV_SIZE + TAG_BITS / 8) {
      throw new GeneralSecurityException("ciphertext too short");
    }
    Cipher cipher = ciphers.get();
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, IV_SIZE));
    cipher.updateAAD(associatedData);
    return cipher.doFinal(ciphertext, IV_SIZE, ciphertext.length - IV_SIZE);
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks AES/GCM/NoPadding", e);
    }
  }
}
