package strongroom.secrets.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import strongroom.secrets.RootKeyException;

/**
 * The root key: 256 bits that seal the keyring and never enter the database. Its text form is
 * {@code strongroom-root-key-v1:<base64>}; {@link #toString()} shows neither.
 */
public final class RootKey {
  static final int SIZE = 32;
  private static final String PREFIX = "strongroom-root-key-v1:";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] bytes;
  private final Aead aead;

  private RootKey(byte[] bytes) {
    this.bytes = bytes;
    try {
      this.aead = new AesGcmJce(bytes);
    } catch (GeneralSecurityException e) {
      throw new RootKeyException("the root key cannot be used for AES-256-GCM", e);
    }
  }

  public static RootKey generate() {
    byte[] bytes = new byte[SIZE];
    RANDOM.nextBytes(bytes);
    return new RootKey(bytes);
  }

  /** Parses the text form; {@code source} names where it came from for the error message. */
  public static RootKey parse(String text, String source) {
    String trimmed = text.strip();
    if (!trimmed.startsWith(PREFIX)) {
      throw new RootKeyException(source + " does not hold a Strongroom root key (expected the "
          + PREFIX + "… form)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(trimmed.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new RootKeyException(source + " holds a root key that is not valid base64");
    }
    if (bytes.length != SIZE) {
      Arrays.fill(bytes, (byte) 0);
      throw new RootKeyException(source + " holds a root key of the wrong length (expected 256 bits)");
    }
    return new RootKey(bytes);
  }

  /** The text form, to write into a key file. */
  public byte[] encode() {
    return (PREFIX + Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  Aead aead() {
    return aead;
  }

  @Override
  public String toString() {
    return "RootKey[redacted]";
  }
}
