package strongroom.secrets.validation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretValue;
import strongroom.secrets.Violation;

/**
 * Normalises and parses the PEM values of structured secret types. Normal form: trimmed, LF line
 * ends, one trailing newline. Messages say what is wrong with the value, never what it holds.
 */
public final class PemValues {
  private static final String OPENSSH_BEGIN = "-----BEGIN OPENSSH PRIVATE KEY-----";
  private static final String OPENSSH_END = "-----END OPENSSH PRIVATE KEY-----";

  private PemValues() {}

  /** The normal form of a PEM text. */
  public static SecretValue normalise(SecretValue value) {
    String text = value.reveal().replace("\r\n", "\n").replace('\r', '\n').strip();
    return SecretValue.of(text + "\n");
  }

  /**
   * Checks one key of a structured type, returning its normal form, or adds a violation and returns
   * empty.
   */
  public static Optional<SecretValue> check(
      SecretType type, String field, String key, SecretValue value, List<Violation> out) {
    SecretValue normal = normalise(value);
    String text = normal.reveal();
    Optional<String> problem = switch (type) {
      case SSH_KEY -> privateKeyProblem(text, true);
      case MTLS -> key.equals("TLS_PRIVATE_KEY") ? privateKeyProblem(text, false) : certificateProblem(text);
      case CA_CERT -> certificateProblem(text);
      case CUSTOM -> Optional.empty();
    };
    if (problem.isPresent()) {
      normal.destroy();
      out.add(new Violation(field, "pem", key + " " + problem.get()));
      return Optional.empty();
    }
    return Optional.of(normal);
  }

  /** Normalises and checks every key of a structured type in place (custom secrets pass through). */
  public static void checkAll(SecretType type, Map<String, SecretValue> keys, List<Violation> out) {
    if (type == SecretType.CUSTOM) {
      return;
    }
    for (Map.Entry<String, SecretValue> entry : keys.entrySet()) {
      check(type, "keys." + entry.getKey(), entry.getKey(), entry.getValue(), out)
          .ifPresent(entry::setValue);
    }
  }

  private static Optional<String> certificateProblem(String text) {
    List<Object> objects;
    try {
      objects = readAll(text);
    } catch (IOException | RuntimeException e) {
      return Optional.of("is not a readable PEM certificate");
    }
    if (objects.isEmpty()) {
      return Optional.of("holds no PEM block (expected -----BEGIN CERTIFICATE-----)");
    }
    for (Object object : objects) {
      if (!(object instanceof X509CertificateHolder)) {
        return Optional.of("must hold only CERTIFICATE blocks");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> privateKeyProblem(String text, boolean allowOpenSsh) {
    if (text.startsWith(OPENSSH_BEGIN)) {
      return allowOpenSsh ? openSshProblem(text) : Optional.of("must be a PEM private key, not an OpenSSH one");
    }
    if (text.contains("ENCRYPTED")) {
      return Optional.of("is encrypted; store an unencrypted key");
    }
    List<Object> objects;
    try {
      objects = readAll(text);
    } catch (IOException | RuntimeException e) {
      return Optional.of("is not a readable PEM private key");
    }
    if (objects.size() != 1) {
      return Optional.of(objects.isEmpty()
          ? "holds no PEM block (expected -----BEGIN PRIVATE KEY----- or similar)"
          : "must hold exactly one private key");
    }
    Object only = objects.get(0);
    if (only instanceof PEMKeyPair || only instanceof PrivateKeyInfo) {
      return Optional.empty();
    }
    return Optional.of("must be a private key");
  }

  /** openssh-key-v1: magic, then cipher name, KDF name, KDF options, key count (PROTOCOL.key). */
  private static Optional<String> openSshProblem(String text) {
    int end = text.indexOf(OPENSSH_END);
    if (end < 0 || end + OPENSSH_END.length() != text.strip().length()) {
      return Optional.of("is not a complete OpenSSH private key");
    }
    byte[] blob;
    try {
      blob = Base64.getMimeDecoder().decode(text.substring(OPENSSH_BEGIN.length(), end));
    } catch (IllegalArgumentException e) {
      return Optional.of("is not valid base64 inside the OpenSSH armour");
    }
    byte[] magic = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    if (blob.length < magic.length || !java.util.Arrays.equals(blob, 0, magic.length, magic, 0, magic.length)) {
      return Optional.of("is not an openssh-key-v1 key");
    }
    try {
      ByteBuffer buffer = ByteBuffer.wrap(blob, magic.length, blob.length - magic.length);
      String cipher = readString(buffer);
      String kdf = readString(buffer);
      readString(buffer);
      int count = buffer.getInt();
      if (!cipher.equals("none") || !kdf.equals("none")) {
        return Optional.of("is encrypted with a passphrase; store an unencrypted key");
      }
      if (count != 1) {
        return Optional.of("must hold exactly one key");
      }
      // Header checked; let Bouncy Castle parse the key itself (it checks the check numbers too).
      OpenSSHPrivateKeyUtil.parsePrivateKeyBlob(blob);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("is truncated or malformed");
    }
  }

  private static String readString(ByteBuffer buffer) {
    int length = buffer.getInt();
    if (length < 0 || length > buffer.remaining()) {
      throw new IllegalArgumentException("bad length");
    }
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  private static List<Object> readAll(String text) throws IOException {
    List<Object> objects = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      Object object;
      while ((object = parser.readObject()) != null) {
        objects.add(object);
      }
    }
    return objects;
  }
}
