package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** pagerduty.yaml against a WireMock stand-in for the PagerDuty REST API v2. */
class PagerDutyTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("pagerduty", ""));
  private static final String KEY = "PAGERDUTY_API_KEY";
  private static final String ACCEPT = "application/vnd.pagerduty+json;version=2";

  @Test
  void createIncident_postsIncidentWithTokenAndFrom() throws Exception {
    Planted planted = Planted.canaries("pagerduty", KEY);
    STUB.server().stubFor(post("/incidents")
        .willReturn(okJson("{\"incident\": {\"id\": \"PT4KHLK\", \"status\": \"triggered\"}}")));
    Object result = STUB.run("tools.pagerduty.create_incident", Map.of("title", "Ransomware on host-7",
        "service_id", "PWIXJZS", "from_email", "soc@example.com", "details", "see case 42"),
        planted).result();
    assertEquals(Map.of("id", "PT4KHLK", "status", "triggered"), result);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/incidents"))
        .withHeader("Authorization", equalTo("Token token=" + planted.value("pagerduty", KEY)))
        .withHeader("Accept", equalTo(ACCEPT))
        .withHeader("From", equalTo("soc@example.com"))
        .withRequestBody(equalToJson("""
            {"incident": {"type": "incident", "title": "Ransomware on host-7",
              "service": {"id": "PWIXJZS", "type": "service_reference"}, "urgency": "high",
              "body": {"type": "incident_body", "details": "see case 42"}}}""")));
  }

  @Test
  void resolveIncident_putsStatusResolved() throws Exception {
    Planted planted = Planted.canaries("pagerduty", KEY);
    STUB.server().stubFor(put("/incidents/PT4KHLK")
        .willReturn(okJson("{\"incident\": {\"id\": \"PT4KHLK\", \"status\": \"resolved\"}}")));
    STUB.run("tools.pagerduty.resolve_incident",
        Map.of("incident_id", "PT4KHLK", "from_email", "soc@example.com"), planted);
    STUB.server().verify(1, putRequestedFor(urlPathEqualTo("/incidents/PT4KHLK"))
        .withHeader("Authorization", equalTo("Token token=" + planted.value("pagerduty", KEY)))
        .withHeader("From", equalTo("soc@example.com"))
        .withRequestBody(equalToJson(
            "{\"incident\": {\"type\": \"incident_reference\", \"status\": \"resolved\"}}")));
  }

  @Test
  void result_echoingTheKey_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("pagerduty", KEY);
    STUB.server().stubFor(put("/incidents/P1").willReturn(okJson(
        "{\"incident\": {\"summary\": \"" + planted.value("pagerduty", KEY) + "\"}}")));
    IntegrationStub.assertMaskedClean(STUB.run("tools.pagerduty.resolve_incident",
        Map.of("incident_id", "P1", "from_email", "soc@example.com"), planted), planted);
  }

  @Test
  void missingSecretOrKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("incident_id", "P1", "from_email", "soc@example.com");
    STUB.assertMissingFailsBeforeRequest("tools.pagerduty.resolve_incident", args,
        Planted.canaries("other", "X"), "pagerduty");
    STUB.assertMissingFailsBeforeRequest("tools.pagerduty.resolve_incident", args,
        Planted.canaries("pagerduty", "OTHER"), "pagerduty." + KEY);
  }
}
