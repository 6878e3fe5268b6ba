package strongroom.engine.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.history.RunStatus;
import strongroom.engine.registry.RegistryConfig;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;

/**
 * The virustotal integration run as a workflow against a local stub that echoes the API key back:
 * the request carries the stored key, and the stored results hold it nowhere, whether echoed in
 * the body, in a header or as base64.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class VirusTotalWorkflowTest {
  private final Backend backend;
  @TempDir Path tempDir;
  private WireMockServer stub;
  private EngineFixture engine;
  private String key;

  VirusTotalWorkflowTest(Backend backend) {
    this.backend = backend;
  }

  @BeforeEach
  void start() {
    stub = new WireMockServer(WireMockConfiguration.options().dynamicPort().notifier(new ConsoleNotifier(false)));
    stub.start();
    engine = new EngineFixture(backend, tempDir, RegistryConfig.defaults().withBaseUrl("virustotal", stub.baseUrl()));
    key = Canaries.next();
    engine.secret("virustotal", "default", Map.of("VIRUSTOTAL_API_KEY", key));
    String b64 = Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    stub.stubFor(get(urlPathEqualTo("/files/44d88612fea8a8f36de82e1278abb02f")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Echo-Key", key)
        .withBody("{\"data\": {\"id\": \"44d88612fea8a8f36de82e1278abb02f\", \"echo\": \"" + key
            + "\", \"echo_b64\": \"" + b64 + "\", \"note\": \"called with " + key + "\"}}")));
  }

  @AfterEach
  void stop() {
    engine.close();
    stub.stop();
  }

  @Test
  void lookupFileHash_sendsStoredKey_andStoresNoCopyOfIt() {
    RunOutcome outcome = engine.service().runSource(EngineFixture.WS, """
        title: VirusTotal
        actions:
          - ref: vt
            action: tools.virustotal.lookup_file_hash
            args: {file_hash: 44d88612fea8a8f36de82e1278abb02f}
          - ref: raw
            action: core.http_request
            args:
              method: GET
              url: %s/files/44d88612fea8a8f36de82e1278abb02f
              headers: {x-apikey: "${{ SECRETS.virustotal.VIRUSTOTAL_API_KEY }}"}
        """.formatted(stub.baseUrl()), Map.of(), null);
    assertEquals(RunStatus.SUCCEEDED, outcome.status(), outcome.toString());
    stub.verify(2, getRequestedFor(urlPathEqualTo("/files/44d88612fea8a8f36de82e1278abb02f"))
        .withHeader("x-apikey", equalTo(key)));

    // The integration returns the response body, whose report VirusTotal wraps in `data`.
    Map<?, ?> vt = (Map<?, ?>) ((Map<?, ?>) outcome.action("vt").get(0).result()).get("data");
    assertEquals("44d88612fea8a8f36de82e1278abb02f", vt.get("id"));
    assertEquals("***", vt.get("echo"), "echoed in the body");
    assertEquals("***", vt.get("echo_b64"), "echoed as base64");
    assertEquals("called with ***", vt.get("note"));
    Map<?, ?> raw = (Map<?, ?>) outcome.action("raw").get(0).result();
    Map<?, ?> headers = (Map<?, ?>) raw.get("headers");
    Object echoed = headers.entrySet().stream()
        .filter(e -> String.valueOf(e.getKey()).equalsIgnoreCase("x-echo-key")).map(Map.Entry::getValue)
        .findFirst().orElseThrow();
    assertTrue(String.valueOf(echoed).contains("***"), "echoed in a header");

    String stored = Raw.query(engine.store(), "SELECT * FROM workflow_action_results").toString();
    Canaries.assertAbsent("the stored action results", stored);
    assertTrue(stored.contains("called with ***"));
    Canaries.assertAbsent("the outcome", outcome.toString());
  }
}
