package strongroom.engine.registry.template;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.RegistrySecret;
import strongroom.engine.registry.StandardRegistry;
import strongroom.engine.testing.TestActionContext;
import strongroom.expr.MissingSecretException;
import strongroom.secrets.testing.Canaries;

/** The shipped virustotal.yaml against a WireMock stand-in for the VirusTotal API. */
class VirusTotalTest {
  private static final WireMockServer STUB =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private static Registry registry;

  @BeforeAll
  static void start() {
    STUB.start();
    registry = StandardRegistry.create(
        RegistryConfig.defaults().withBaseUrl("virustotal", STUB.baseUrl() + "/api/v3"));
  }

  @AfterAll
  static void stop() {
    STUB.stop();
  }

  @BeforeEach
  void reset() {
    STUB.resetAll();
  }

  private static ActionSpec action(String name) {
    return registry.find(name).orElseThrow();
  }

  @Test
  void actions_declareTheVirustotalSecret_andDefaultToTheRealApi() {
    ActionSpec shipped = StandardRegistry.create(RegistryConfig.defaults())
        .find("tools.virustotal.lookup_url").orElseThrow();
    assertEquals(List.of(new RegistrySecret("virustotal", List.of("VIRUSTOTAL_API_KEY"),
        List.of(), false)), shipped.secrets());
    assertEquals("https://www.virustotal.com/api/v3", shipped.arguments().stream()
        .filter(a -> a.name().equals("base_url")).findFirst().orElseThrow().defaultValue());
  }

  @Test
  void lookupUrl_sendsStoredKeyInXApikey_andUnpaddedUrlId() throws Exception {
    String key = Canaries.next();
    String url = "https://evil.example/a?b=1";
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes());
    STUB.stubFor(get(urlPathEqualTo("/api/v3/urls/" + id))
        .willReturn(okJson("{\"data\": {\"id\": \"" + id + "\", \"type\": \"url\"}}")));
    Object result = TestActionContext.builder().arg("url", url)
        .secret("virustotal", "VIRUSTOTAL_API_KEY", key).build()
        .run(action("tools.virustotal.lookup_url"));
    assertEquals(Map.of("data", Map.of("id", id, "type", "url")), result);
    STUB.verify(getRequestedFor(urlPathEqualTo("/api/v3/urls/" + id))
        .withHeader("x-apikey", equalTo(key)));
    assertFalse(String.valueOf(result).contains(key));
  }

  @Test
  void lookupFileHash_andIp_hitTheirPaths() throws Exception {
    String key = Canaries.next();
    STUB.stubFor(get(urlPathMatching("/api/v3/(files|ip_addresses)/.*"))
        .willReturn(okJson("{\"data\": {}}")));
    TestActionContext.builder().arg("file_hash", "44d88612fea8a8f36de82e1278abb02f")
        .secret("virustotal", "VIRUSTOTAL_API_KEY", key).build()
        .run(action("tools.virustotal.lookup_file_hash"));
    TestActionContext.builder().arg("ip_address", "2001:db8::1")
        .secret("virustotal", "VIRUSTOTAL_API_KEY", key).build()
        .run(action("tools.virustotal.lookup_ip_address"));
    STUB.verify(getRequestedFor(urlPathEqualTo("/api/v3/files/44d88612fea8a8f36de82e1278abb02f"))
        .withHeader("x-apikey", equalTo(key)));
    STUB.verify(getRequestedFor(urlPathEqualTo("/api/v3/ip_addresses/2001%3Adb8%3A%3A1"))
        .withHeader("x-apikey", equalTo(key)));
  }

  @Test
  void missingKey_failsBeforeAnyRequest() {
    assertThrows(MissingSecretException.class, () -> TestActionContext.builder()
        .arg("url", "https://x.example").build().run(action("tools.virustotal.lookup_url")));
    assertEquals(0, STUB.getAllServeEvents().size());
  }

  @Test
  void notFound_errorNamesStepStatusAndUrl_notTheKey() {
    String key = Canaries.next();
    STUB.stubFor(get(urlPathMatching("/api/v3/files/.*")).willReturn(
        com.github.tomakehurst.wiremock.client.WireMock.notFound().withBody("key " + key)));
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("file_hash", "abc").secret("virustotal", "VIRUSTOTAL_API_KEY", key).build()
        .run(action("tools.virustotal.lookup_file_hash")));
    assertEquals("tools.virustotal.lookup_file_hash step `lookup` (core.http_request): HTTP 404 "
        + "from GET " + STUB.baseUrl() + "/api/v3/files/abc", e.getMessage());
    assertTrue(!e.getMessage().contains(key));
  }
}
