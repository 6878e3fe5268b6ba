package strongroom.expr.fn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import strongroom.expr.eval.Args;

/** hash_md5, hash_sha1, hash_sha256, hash_sha512: lowercase hex of the UTF-8 bytes' digest. */
final class HashFunctions {
  private HashFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("hash_md5", 1, 1, a -> digest(a, "MD5"));
    b.add("hash_sha1", 1, 1, a -> digest(a, "SHA-1"));
    b.add("hash_sha256", 1, 1, a -> digest(a, "SHA-256"));
    b.add("hash_sha512", 1, 1, a -> digest(a, "SHA-512"));
  }

  private static Object digest(Args a, String algorithm) {
    String s = a.str(0);
    a.frame().charge(s.length() / 16);
    try {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every JDK must provide these four (java.security.MessageDigest javadoc).
      throw new IllegalStateException(algorithm + " missing from the JDK", e);
    }
  }
}
