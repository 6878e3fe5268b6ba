package strongroom.secrets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A plaintext secret value as UTF-8 bytes.
 *
 * <p>Shaped after Tink's {@code SecretBytes}: no {@code toString}, {@code equals} or {@code hashCode}
 * that could reveal it, bytes copied in and out, and {@link #destroy()} zeroes the buffer. Reading
 * the text back goes through {@link #reveal()}, a name easy to find with grep.
 */
public final class SecretValue {
  private final byte[] bytes;
  private volatile boolean destroyed;

  private SecretValue(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Copies the given UTF-8 bytes; the caller may zero its array afterwards. */
  public static SecretValue copyOf(byte[] utf8) {
    return new SecretValue(utf8.clone());
  }

  /** Takes ownership of the array without copying (internal decryption paths). */
  public static SecretValue wrap(byte[] utf8) {
    return new SecretValue(utf8);
  }

  public static SecretValue of(String text) {
    return new SecretValue(text.getBytes(StandardCharsets.UTF_8));
  }

  public static SecretValue of(char[] text) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
    byte[] out = new byte[encoded.remaining()];
    encoded.get(out);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    return new SecretValue(out);
  }

  public static SecretValue empty() {
    return new SecretValue(new byte[0]);
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** Size in bytes of the UTF-8 encoding. */
  public int length() {
    return bytes.length;
  }

  /** A copy of the bytes; the caller owns it and should zero it when done. */
  public byte[] copyBytes() {
    checkAlive();
    return bytes.clone();
  }

  /** The plaintext as text: WARNING, the result cannot be zeroed. Use only where a String is unavoidable. */
  public String reveal() {
    checkAlive();
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** True when the bytes are valid UTF-8. */
  public boolean isValidUtf8() {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Constant-time comparison of the contents. */
  public boolean sameAs(SecretValue other) {
    checkAlive();
    return MessageDigest.isEqual(bytes, other.bytes);
  }

  /** Zeroes the buffer; any later read fails. */
  public void destroy() {
    destroyed = true;
    Arrays.fill(bytes, (byte) 0);
  }

  public boolean isDestroyed() {
    return destroyed;
  }

  private void checkAlive() {
    if (destroyed) {
      throw new IllegalStateException("secret value was destroyed");
    }
  }

  @Override
  public String toString() {
    return "SecretValue[redacted]";
  }
}
