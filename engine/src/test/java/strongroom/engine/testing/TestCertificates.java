package strongroom.engine.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A real self-signed certificate and its key, made with Bouncy Castle, as PEM text (what a
 * Strongroom secret holds) and as a PKCS#12 file (what a test server loads).
 */
public final class TestCertificates {
  private final KeyPair keys;
  private final X509Certificate certificate;

  private TestCertificates(KeyPair keys, X509Certificate certificate) {
    this.keys = keys;
    this.certificate = certificate;
  }

  /** A self-signed certificate for {@code cn}, valid for localhost and 127.0.0.1. */
  public static TestCertificates selfSigned(String cn) throws GeneralSecurityException {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
      gen.initialize(2048);
      KeyPair keys = gen.generateKeyPair();
      X500Name name = new X500Name("CN=" + cn);
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name,
          BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(5))),
          Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
      b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
          new GeneralName(GeneralName.dNSName, "localhost"),
          new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
      // A CA flag, so the certificate can be its own trust anchor.
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
          b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
      return new TestCertificates(keys, cert);
    } catch (org.bouncycastle.operator.OperatorCreationException | IOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  public String certificatePem() {
    return pem(certificate);
  }

  public String privateKeyPem() {
    return pem(keys.getPrivate());
  }

  /** A PKCS#12 key store holding the key and certificate, written to {@code file}. */
  public Path writeKeyStore(Path file, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("key", keys.getPrivate(), password.toCharArray(),
        new X509Certificate[] {certificate});
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password.toCharArray());
    }
    return file;
  }

  /** A PKCS#12 trust store holding only the certificate, written to {@code file}. */
  public Path writeTrustStore(Path file, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("trusted", certificate);
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password.toCharArray());
    }
    return file;
  }

  private static String pem(Object o) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(text)) {
      w.writeObject(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "TestCertificates[" + certificate.getSubjectX500Principal() + "]";
  }
}
