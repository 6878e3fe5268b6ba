package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** abuseipdb.yaml against a WireMock stand-in for the AbuseIPDB API v2. */
class AbuseIpDbTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("abuseipdb", "/api/v2"));
  private static final String KEY = "ABUSEIPDB_API_KEY";

  @Test
  void checkIp_getsCheckWithKeyHeader_andReturnsData() throws Exception {
    Planted planted = Planted.canaries("abuseipdb", KEY);
    STUB.server().stubFor(get(urlPathEqualTo("/api/v2/check"))
        .willReturn(okJson("{\"data\": {\"ipAddress\": \"203.0.113.7\", \"abuseConfidenceScore\": 100}}")));
    Object result = STUB.run("tools.abuseipdb.check_ip",
        Map.of("ip_address", "203.0.113.7", "verbose", true), planted).result();
    assertEquals(Map.of("ipAddress", "203.0.113.7", "abuseConfidenceScore", 100L), result);
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v2/check"))
        .withHeader("Key", equalTo(planted.value("abuseipdb", KEY)))
        .withHeader("Accept", equalTo("application/json"))
        .withQueryParam("ipAddress", equalTo("203.0.113.7"))
        .withQueryParam("maxAgeInDays", equalTo("90"))
        .withQueryParam("verbose", equalTo("")));
  }

  @Test
  void reportIp_postsFormWithJoinedCategories() throws Exception {
    Planted planted = Planted.canaries("abuseipdb", KEY);
    STUB.server().stubFor(post("/api/v2/report").willReturn(okJson(
        "{\"data\": {\"ipAddress\": \"203.0.113.7\", \"abuseConfidenceScore\": 52}}")));
    STUB.run("tools.abuseipdb.report_ip", Map.of("ip_address", "203.0.113.7",
        "categories", List.of(18L, 22L), "comment", "ssh brute force"), planted);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v2/report"))
        .withHeader("Key", equalTo(planted.value("abuseipdb", KEY)))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("ip=203.0.113.7&categories=18%2C22&comment=ssh+brute+force")));
  }

  @Test
  void result_echoingTheKey_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("abuseipdb", KEY);
    STUB.server().stubFor(get(urlPathEqualTo("/api/v2/check")).willReturn(okJson(
        "{\"data\": {\"note\": \"key " + planted.value("abuseipdb", KEY) + "\"}}")));
    IntegrationStub.assertMaskedClean(STUB.run("tools.abuseipdb.check_ip",
        Map.of("ip_address", "203.0.113.7"), planted), planted);
  }

  @Test
  void missingSecretOrKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("ip_address", "203.0.113.7");
    STUB.assertMissingFailsBeforeRequest("tools.abuseipdb.check_ip", args,
        Planted.canaries("other", "X"), "abuseipdb");
    STUB.assertMissingFailsBeforeRequest("tools.abuseipdb.check_ip", args,
        Planted.canaries("abuseipdb", "OTHER"), "abuseipdb." + KEY);
  }
}
