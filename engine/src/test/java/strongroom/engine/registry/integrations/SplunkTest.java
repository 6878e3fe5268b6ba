package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import strongroom.engine.registry.RegistrySecret;

/** splunk.yaml against WireMock stand-ins for a Splunk HTTP Event Collector and REST API. */
class SplunkTest {
  @RegisterExtension
  static final IntegrationStub STUB =
      new IntegrationStub(Map.of("splunk.hec", "/hec", "splunk", "/rest"));
  private static final String HEC = "SPLUNK_HEC_TOKEN";
  private static final String API = "SPLUNK_API_KEY";

  @Test
  void eachAction_declaresOnlyTheKeyItReads() {
    assertEquals(List.of(RegistrySecret.of("splunk", HEC)),
        STUB.action("tools.splunk.send_event").secrets());
    assertEquals(List.of(RegistrySecret.of("splunk", API)),
        STUB.action("tools.splunk.search").secrets());
  }

  @Test
  void sendEvent_postsToHecWithSplunkScheme_needingOnlyTheHecToken() throws Exception {
    Planted planted = Planted.canaries("splunk", HEC);
    STUB.server().stubFor(post("/hec/services/collector/event")
        .willReturn(okJson("{\"text\": \"Success\", \"code\": 0}")));
    STUB.run("tools.splunk.send_event", Map.of("event", Map.of("alert", "phish", "score", 7L),
        "sourcetype", "strongroom:alert", "index", "security"), planted);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/hec/services/collector/event"))
        .withHeader("Authorization", equalTo("Splunk " + planted.value("splunk", HEC)))
        .withRequestBody(equalToJson("""
            {"event": {"alert": "phish", "score": 7}, "sourcetype": "strongroom:alert",
             "index": "security"}""")));
  }

  @Test
  void search_postsOneshotFormWithBearer_prefixingSearch() throws Exception {
    Planted planted = Planted.canaries("splunk", API);
    STUB.server().stubFor(post("/rest/services/search/jobs")
        .willReturn(okJson("{\"results\": [{\"count\": \"3\"}]}")));
    Object result = STUB.run("tools.splunk.search",
        Map.of("query", "index=security phish | stats count", "count", 10L), planted).result();
    assertEquals(List.of(Map.of("count", "3")), result);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/rest/services/search/jobs"))
        .withHeader("Authorization", equalTo("Bearer " + planted.value("splunk", API)))
        .withRequestBody(equalTo("search=search+index%3Dsecurity+phish+%7C+stats+count"
            + "&exec_mode=oneshot&output_mode=json&earliest_time=-24h&latest_time=now&count=10")));
  }

  @Test
  void result_echoingTheToken_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("splunk", API);
    STUB.server().stubFor(post("/rest/services/search/jobs").willReturn(okJson(
        "{\"results\": [{\"_raw\": \"Authorization: Bearer " + planted.value("splunk", API) + "\"}]}")));
    IntegrationStub.assertMaskedClean(
        STUB.run("tools.splunk.search", Map.of("query", "| makeresults"), planted), planted);
  }

  @Test
  void missingSecretOrTheActionsKey_failsBeforeAnyRequest() {
    Map<String, Object> event = Map.of("event", "x");
    STUB.assertMissingFailsBeforeRequest("tools.splunk.send_event", event,
        Planted.canaries("other", "X"), "splunk");
    // The search key does not stand in for the HEC token, nor the other way round.
    STUB.assertMissingFailsBeforeRequest("tools.splunk.send_event", event,
        Planted.canaries("splunk", API), "splunk." + HEC);
    STUB.assertMissingFailsBeforeRequest("tools.splunk.search", Map.of("query", "x"),
        Planted.canaries("splunk", HEC), "splunk." + API);
  }
}
