package strongroom.secrets.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import strongroom.secrets.SecretValue;

/**
 * The canonical byte form of a version's key map: a format byte, the key count, then each key in
 * sorted order as length-prefixed name and value. Equal maps give equal bytes.
 */
public final class KeyMapCodec {
  private static final int FORMAT = 1;

  private KeyMapCodec() {}

  /** Serialises the map; the caller zeroes the result after use. */
  public static byte[] encode(Map<String, SecretValue> keys) {
    TreeMap<String, SecretValue> sorted = new TreeMap<>(keys);
    int size = 5;
    for (Map.Entry<String, SecretValue> entry : sorted.entrySet()) {
      size += 8 + entry.getKey().getBytes(StandardCharsets.UTF_8).length + entry.getValue().length();
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put((byte) FORMAT).putInt(sorted.size());
    for (Map.Entry<String, SecretValue> entry : sorted.entrySet()) {
      byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
      byte[] value = entry.getValue().copyBytes();
      out.putInt(name.length).put(name).putInt(value.length).put(value);
      Arrays.fill(value, (byte) 0);
    }
    return out.array();
  }

  /** Parses the canonical form back into a sorted map of fresh values. */
  public static Map<String, SecretValue> decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.get() != FORMAT) {
      throw new IllegalArgumentException("unknown key map format");
    }
    int count = in.getInt();
    Map<String, SecretValue> keys = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      byte[] name = new byte[in.getInt()];
      in.get(name);
      byte[] value = new byte[in.getInt()];
      in.get(value);
      keys.put(new String(name, StandardCharsets.UTF_8), SecretValue.wrap(value));
    }
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("trailing bytes after key map");
    }
    return keys;
  }

}
