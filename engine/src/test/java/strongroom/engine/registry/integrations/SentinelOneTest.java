package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sentinel_one.yaml against a WireMock stand-in for a SentinelOne console (API v2.1). */
class SentinelOneTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("sentinel_one", ""));
  private static final String KEY = "SENTINEL_ONE_API_TOKEN";
  private static final String PATH = "/web/api/v2.1/threats";

  @Test
  void listThreats_getsWithApiTokenAndFilters() throws Exception {
    Planted planted = Planted.canaries("sentinel_one", KEY);
    STUB.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(
        "{\"data\": [{\"id\": \"1\"}], \"pagination\": {\"nextCursor\": null}}")));
    Object result = STUB.run("tools.sentinel_one.list_threats", Map.of("limit", 10L,
        "resolved", false, "filters", Map.of("siteIds", "225494730938493804")), planted).result();
    assertEquals(List.of(Map.of("id", "1")), ((Map<?, ?>) result).get("data"));
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo(PATH))
        .withHeader("Authorization", equalTo("ApiToken " + planted.value("sentinel_one", KEY)))
        .withQueryParam("limit", equalTo("10"))
        .withQueryParam("resolved", equalTo("false"))
        .withQueryParam("sortBy", equalTo("createdAt"))
        .withQueryParam("sortOrder", equalTo("desc"))
        .withQueryParam("siteIds", equalTo("225494730938493804")));
  }

  @Test
  void result_echoingTheToken_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("sentinel_one", KEY);
    STUB.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(
        "{\"data\": [{\"threatInfo\": {\"commandLine\": \"curl -H " + planted.value("sentinel_one", KEY) + "\"}}]}")));
    IntegrationStub.assertMaskedClean(
        STUB.run("tools.sentinel_one.list_threats", Map.of(), planted), planted);
  }

  @Test
  void missingSecretOrKey_failsBeforeAnyRequest() {
    STUB.assertMissingFailsBeforeRequest("tools.sentinel_one.list_threats", Map.of(),
        Planted.canaries("other", "X"), "sentinel_one");
    STUB.assertMissingFailsBeforeRequest("tools.sentinel_one.list_threats", Map.of(),
        Planted.canaries("sentinel_one", "OTHER"), "sentinel_one." + KEY);
  }
}
