package strongroom.secrets.validation;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPrivateKeyUtil;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/** Real keys and certificates made at test time, in the PEM and OpenSSH forms the types accept. */
public final class TestPems {
  private static final KeyPair RSA = rsa();
  private static final String CERTIFICATE = selfSigned(RSA);

  private TestPems() {}

  public static String certificate() {
    return CERTIFICATE;
  }

  public static String pkcs8Key() {
    return armour("PRIVATE KEY", RSA.getPrivate().getEncoded());
  }

  public static String rsaTraditionalKey() {
    try {
      StringWriter out = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
        writer.writeObject(new JcaMiscPEMGenerator(RSA.getPrivate()));
      }
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A real unencrypted Ed25519 key in openssh-key-v1 form. */
  public static String openSshKey() {
    var key = new Ed25519PrivateKeyParameters(new java.security.SecureRandom());
    try {
      return openSsh(OpenSSHPrivateKeyUtil.encodePrivateKey(key));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The header of a passphrase-protected openssh-key-v1 key (cipher and KDF named), body filler. */
  public static String encryptedOpenSshKey() {
    ByteArrayOutputStream blob = new ByteArrayOutputStream();
    blob.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
    writeString(blob, "aes256-ctr".getBytes(StandardCharsets.US_ASCII));
    writeString(blob, "bcrypt".getBytes(StandardCharsets.US_ASCII));
    writeString(blob, new byte[24]);
    blob.writeBytes(ByteBuffer.allocate(4).putInt(1).array());
    writeString(blob, new byte[51]);
    writeString(blob, new byte[160]);
    return openSsh(blob.toByteArray());
  }

  private static String openSsh(byte[] blob) {
    String body = Base64.getMimeEncoder(70, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(blob);
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n";
  }

  private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }

  private static String armour(String type, byte[] der) {
    try {
      StringWriter out = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
        writer.writeObject(new PemObject(type, der));
      }
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String selfSigned(KeyPair pair) {
    try {
      X500Name subject = new X500Name("CN=strongroom-test");
      Date from = new Date(System.currentTimeMillis() - 86_400_000L);
      Date to = new Date(System.currentTimeMillis() + 86_400_000L * 365);
      var holder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()), from, to, subject,
          pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
      return armour("CERTIFICATE", holder.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
