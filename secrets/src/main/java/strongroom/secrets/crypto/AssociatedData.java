package strongroom.secrets.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The place a ciphertext belongs to, bound as AEAD associated data: workspace id, secret id,
 * environment and version number. A row copied to any other place fails to decrypt. Each part is
 * length-prefixed so no two places share an encoding.
 */
public record AssociatedData(String workspaceId, String secretId, String environment, int version) {
  private static final String PAYLOAD = "strongroom/v1/payload";
  private static final String DATA_KEY = "strongroom/v1/data-key";

  /** Associated data for the encrypted key map. */
  byte[] forPayload() {
    return encode(PAYLOAD);
  }

  /** Associated data for the wrapped data key (a separate domain, so the two blobs cannot swap). */
  byte[] forDataKey() {
    return encode(DATA_KEY);
  }

  private byte[] encode(String domain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    for (String part : new String[] {domain, workspaceId, secretId, environment, Integer.toString(version)}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.write(bytes.length >>> 8);
      out.write(bytes.length);
      out.write(bytes, 0, bytes.length);
    }
    return out.toByteArray();
  }

  /** Associated data for a key term's key sealed by the root key. */
  static byte[] forKeyTerm(int term) {
    return ("strongroom/v1/key-term/" + term).getBytes(StandardCharsets.UTF_8);
  }
}
