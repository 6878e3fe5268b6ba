package strongroom.engine.registry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import strongroom.engine.registry.ActionException;

/**
 * Certificates and private keys from PEM text held in a secret: PKCS#8, PKCS#1 (RSA) and SEC1
 * (EC) keys. Errors name the secret and key, never quote the text.
 */
public final class PemReader {
  private PemReader() {}

  public static List<X509Certificate> certificates(String pem, String secret, String key) {
    List<X509Certificate> out = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
        if (o instanceof X509CertificateHolder h) {
          out.add(converter.getCertificate(h));
        }
      }
    } catch (IOException | CertificateException | RuntimeException e) {
      throw unreadable(secret, key, "certificate");
    }
    if (out.isEmpty()) {
      throw unreadable(secret, key, "certificate");
    }
    return out;
  }

  public static PrivateKey privateKey(String pem, String secret, String key) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
        if (o instanceof PEMKeyPair pair) {
          return converter.getKeyPair(pair).getPrivate();
        }
        if (o instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw unreadable(secret, key, "private key");
    }
    throw unreadable(secret, key, "private key");
  }

  private static ActionException unreadable(String secret, String key, String what) {
    return new ActionException("secret `" + secret + "` key `" + key + "` does not hold a PEM "
        + what + " (encrypted keys are not supported)");
  }
}
