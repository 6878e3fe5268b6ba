package strongroom.engine.registry.core;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSecrets;
import strongroom.engine.registry.internal.PemReader;

/**
 * The TLS side of {@code core.http_request}: a client certificate from the optional {@code mtls}
 * secret, trust from the optional {@code ca_cert} secret, or no verification at all when
 * {@code verify_ssl} is false. Without any of them the JDK's defaults apply.
 */
final class HttpTls {
  static final String MTLS = "mtls";
  static final String CA_CERT = "ca_cert";

  private HttpTls() {}

  /** True when the invocation resolved client-certificate or CA material of its own. */
  static boolean hasMaterial(ActionSecrets secrets) {
    return !secrets.keys(MTLS).isEmpty() || !secrets.keys(CA_CERT).isEmpty();
  }

  static void configure(HttpClient.Builder client, ActionSecrets secrets, boolean verify) {
    Optional<String> cert = secrets.optional(MTLS, "TLS_CERTIFICATE");
    Optional<String> key = secrets.optional(MTLS, "TLS_PRIVATE_KEY");
    Optional<String> ca = secrets.optional(CA_CERT, "CA_CERTIFICATE");
    if (cert.isEmpty() && ca.isEmpty() && verify) {
      return;
    }
    if (cert.isPresent() != key.isPresent()) {
      throw new ActionException("secret `mtls` needs both TLS_CERTIFICATE and TLS_PRIVATE_KEY");
    }
    try {
      KeyManager[] keyManagers = cert.isPresent() ? keyManagers(cert.get(), key.get()) : null;
      TrustManager[] trustManagers = !verify ? new TrustManager[] {new TrustEverything()}
          : ca.isPresent() ? trustManagers(ca.get()) : null;
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(keyManagers, trustManagers, new SecureRandom());
      client.sslContext(tls);
    } catch (GeneralSecurityException | java.io.IOException e) {
      // The cause's message could describe the key material; keep only its kind.
      throw new ActionException("cannot set up TLS from the mtls/ca_cert secrets: "
          + e.getClass().getSimpleName());
    }
  }

  private static KeyManager[] keyManagers(String certPem, String keyPem)
      throws GeneralSecurityException, java.io.IOException {
    List<X509Certificate> chain = PemReader.certificates(certPem, "mtls", "TLS_CERTIFICATE");
    PrivateKey key = PemReader.privateKey(keyPem, "mtls", "TLS_PRIVATE_KEY");
    // The store lives only in memory, so its password protects nothing; a fresh one per call.
    char[] password = java.util.UUID.randomUUID().toString().toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("client", key, password, chain.toArray(X509Certificate[]::new));
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    java.util.Arrays.fill(password, '\0');
    return kmf.getKeyManagers();
  }

  private static TrustManager[] trustManagers(String caPem)
      throws GeneralSecurityException, java.io.IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    int i = 0;
    for (X509Certificate c : PemReader.certificates(caPem, "ca_cert", "CA_CERTIFICATE")) {
      store.setCertificateEntry("ca" + i++, c);
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    return tmf.getTrustManagers();
  }

  /**
   * {@code verify_ssl: false}. An {@link X509ExtendedTrustManager} owns the hostname check as
   * well, so this one turns off both chain and hostname verification for this client only.
   */
  private static final class TrustEverything extends X509ExtendedTrustManager {
    @Override public void checkClientTrusted(X509Certificate[] c, String a, Socket s) {}
    @Override public void checkServerTrusted(X509Certificate[] c, String a, Socket s) {}
    @Override public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) {}
    @Override public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) {}
    @Override public void checkClientTrusted(X509Certificate[] c, String a) {}
    @Override public void checkServerTrusted(X509Certificate[] c, String a) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
