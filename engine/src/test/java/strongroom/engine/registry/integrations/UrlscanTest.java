package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

/** urlscan.yaml against a WireMock stand-in for the urlscan.io API v1. */
class UrlscanTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("urlscan", "/api/v1"));
  private static final String KEY = "URLSCAN_API_KEY";

  @Test
  void submitUrl_postsJsonWithApiKeyHeader() throws Exception {
    Planted planted = Planted.canaries("urlscan", KEY);
    STUB.server().stubFor(post("/api/v1/scan/").willReturn(okJson(
        "{\"uuid\": \"0e37e828-a9d9-45c0-ac50-1ca579b86c72\", \"message\": \"Submission successful\"}")));
    Object result = STUB.run("tools.urlscan.submit_url",
        Map.of("url", "https://evil.example/login", "tags", List.of("phish")), planted).result();
    assertEquals("0e37e828-a9d9-45c0-ac50-1ca579b86c72", ((Map<?, ?>) result).get("uuid"));
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/scan/"))
        .withHeader("API-Key", equalTo(planted.value("urlscan", KEY)))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(
            "{\"url\": \"https://evil.example/login\", \"visibility\": \"private\", \"tags\": [\"phish\"]}")));
  }

  @Test
  void getResult_andSearch_hitTheirPaths() throws Exception {
    Planted planted = Planted.canaries("urlscan", KEY);
    STUB.server().stubFor(get(urlPathEqualTo("/api/v1/result/0e37e828/")).willReturn(okJson("{}")));
    STUB.server().stubFor(get(urlPathEqualTo("/api/v1/search/")).willReturn(okJson("{\"results\": []}")));
    STUB.run("tools.urlscan.get_result", Map.of("scan_id", "0e37e828"), planted);
    STUB.run("tools.urlscan.search", Map.of("query", "domain:evil.example", "size", 5L), planted);
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/result/0e37e828/"))
        .withHeader("API-Key", equalTo(planted.value("urlscan", KEY))));
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/search/"))
        .withHeader("API-Key", equalTo(planted.value("urlscan", KEY)))
        .withQueryParam("q", equalTo("domain:evil.example"))
        .withQueryParam("size", equalTo("5")));
  }

  @Test
  void result_echoingTheKey_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("urlscan", KEY);
    STUB.server().stubFor(get(urlPathEqualTo("/api/v1/search/")).willReturn(okJson(
        "{\"results\": [{\"page\": {\"url\": \"https://x.example/?k=" + planted.value("urlscan", KEY) + "\"}}]}")));
    IntegrationStub.assertMaskedClean(
        STUB.run("tools.urlscan.search", Map.of("query", "x"), planted), planted);
  }

  @Test
  void missingSecretOrKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("url", "https://evil.example");
    STUB.assertMissingFailsBeforeRequest("tools.urlscan.submit_url", args,
        Planted.canaries("other", "X"), "urlscan");
    STUB.assertMissingFailsBeforeRequest("tools.urlscan.submit_url", args,
        Planted.canaries("urlscan", "OTHER"), "urlscan." + KEY);
  }
}
