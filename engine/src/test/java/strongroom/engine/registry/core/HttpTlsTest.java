package strongroom.engine.registry.core;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.testing.TestActionContext;
import strongroom.engine.testing.TestCertificates;
import strongroom.secrets.testing.Canaries;

/** mtls and ca_cert against a WireMock HTTPS port that requires a client certificate. */
class HttpTlsTest {
  private static final ActionSpec HTTP = CoreActions.httpRequest(RegistryConfig.defaults());
  private static TestCertificates server;
  private static TestCertificates client;
  private static WireMockServer stub;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("strongroom-tls");
    server = TestCertificates.selfSigned("strongroom-test-server");
    client = TestCertificates.selfSigned("strongroom-test-client");
    String password = Canaries.next();
    stub = new WireMockServer(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort()
        .keystorePath(server.writeKeyStore(dir.resolve("server.p12"), password).toString())
        .keystoreType("PKCS12").keystorePassword(password).keyManagerPassword(password)
        .needClientAuth(true)
        .trustStorePath(client.writeTrustStore(dir.resolve("trust.p12"), password).toString())
        .trustStoreType("PKCS12").trustStorePassword(password));
    stub.start();
    stub.stubFor(get("/secure").willReturn(okJson("{\"ok\": true}")));
  }

  @AfterAll
  static void stop() {
    stub.stop();
  }

  private static String url() {
    return "https://localhost:" + stub.httpsPort() + "/secure";
  }

  private static TestActionContext.Builder withMtls() {
    return TestActionContext.builder().arg("url", url())
        .secret("mtls", "TLS_CERTIFICATE", client.certificatePem())
        .secret("mtls", "TLS_PRIVATE_KEY", client.privateKeyPem());
  }

  @Test
  void mtlsAndCaCert_connect() throws Exception {
    Object result = withMtls().secret("ca_cert", "CA_CERTIFICATE", server.certificatePem())
        .build().run(HTTP);
    assertEquals(Map.of("ok", true), ((Map<?, ?>) result).get("data"));
  }

  @Test
  void mtls_withVerifySslOff_connectsWithoutCa() throws Exception {
    Object result = withMtls().arg("verify_ssl", false).build().run(HTTP);
    assertEquals(200L, ((Map<?, ?>) result).get("status_code"));
  }

  @Test
  void withoutCaCert_selfSignedServerIsRefused() {
    ActionException e = assertThrows(ActionException.class, () -> withMtls().build().run(HTTP));
    assertTrue(e.getMessage().startsWith("GET " + url() + " failed"), e.getMessage());
  }

  @Test
  void withoutClientCertificate_serverRefuses() {
    assertThrows(ActionException.class, () -> TestActionContext.builder().arg("url", url())
        .secret("ca_cert", "CA_CERTIFICATE", server.certificatePem()).build().run(HTTP));
  }

  @Test
  void garbageKey_errorNamesSecretAndKey_notItsText() {
    String garbage = Canaries.next();
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("url", url())
        .secret("mtls", "TLS_CERTIFICATE", client.certificatePem())
        .secret("mtls", "TLS_PRIVATE_KEY", garbage).build().run(HTTP));
    assertTrue(e.getMessage().contains("secret `mtls` key `TLS_PRIVATE_KEY`"), e.getMessage());
    assertFalse(e.getMessage().contains(garbage));
  }
}
