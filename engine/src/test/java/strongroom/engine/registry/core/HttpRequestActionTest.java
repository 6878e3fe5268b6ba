package strongroom.engine.registry.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.testing.TestActionContext;
import strongroom.secrets.testing.Canaries;

class HttpRequestActionTest {
  private static final WireMockServer STUB =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private static final ActionSpec HTTP = CoreActions.httpRequest(RegistryConfig.defaults());

  @BeforeAll
  static void start() {
    STUB.start();
  }

  @AfterAll
  static void stop() {
    STUB.stop();
  }

  @BeforeEach
  void reset() {
    STUB.resetAll();
  }

  private String url(String path) {
    return STUB.baseUrl() + path;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> run(TestActionContext.Builder b) throws Exception {
    return (Map<String, Object>) b.build().run(HTTP);
  }

  @Test
  void get_withHeadersAndParams_returnsDecodedJson() throws Exception {
    String token = Canaries.next();
    STUB.stubFor(get(urlPathEqualTo("/items")).willReturn(okJson("{\"n\": 3, \"xs\": [1, 2.5]}")
        .withHeader("X-Trace", "abc")));
    Map<String, Object> result = run(TestActionContext.builder()
        .arg("url", url("/items"))
        .arg("headers", Map.of("Authorization", "Bearer " + token))
        .arg("params", Map.of("q", "a b", "tag", List.of("x", "y"))));
    assertEquals(200L, result.get("status_code"));
    assertEquals(Map.of("n", 3L, "xs", List.of(1L, 2.5)), result.get("data"));
    assertEquals("abc", ((Map<?, ?>) result.get("headers")).get("x-trace"));
    STUB.verify(getRequestedFor(urlPathEqualTo("/items"))
        .withHeader("Authorization", equalTo("Bearer " + token))
        .withQueryParam("q", equalTo("a b"))
        .withQueryParam("tag", equalTo("y")));
  }

  @Test
  void post_json_sendsJsonBodyAndContentType() throws Exception {
    STUB.stubFor(post("/in").willReturn(aResponse().withStatus(201).withBody("created")));
    Map<String, Object> result = run(TestActionContext.builder()
        .arg("url", url("/in")).arg("method", "post")
        .arg("json", Map.of("a", 1L, "b", List.of(true))));
    assertEquals(201L, result.get("status_code"));
    assertEquals("created", result.get("data"));
    STUB.verify(postRequestedFor(urlPathEqualTo("/in"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"a\": 1, \"b\": [true]}")));
  }

  @Test
  void post_form_isUrlEncoded() throws Exception {
    STUB.stubFor(post("/form").willReturn(aResponse().withStatus(200)));
    run(TestActionContext.builder().arg("url", url("/form")).arg("method", "POST")
        .arg("form", Map.of("name", "a&b")));
    STUB.verify(postRequestedFor(urlPathEqualTo("/form"))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("name=a%26b")));
  }

  @Test
  void put_raw_sentAsGiven_withCallersContentType() throws Exception {
    STUB.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    Map<String, Object> result = run(TestActionContext.builder().arg("url", url("/raw"))
        .arg("method", "PUT").arg("raw", "<x/>")
        .arg("headers", Map.of("Content-Type", "application/xml")));
    assertEquals(204L, result.get("status_code"));
    STUB.verify(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
        urlPathEqualTo("/raw")).withHeader("Content-Type", equalTo("application/xml"))
        .withRequestBody(equalTo("<x/>")));
  }

  @Test
  void twoPayloads_fail_namingBoth() {
    ActionException e = assertThrows(ActionException.class, () -> run(TestActionContext.builder()
        .arg("url", url("/x")).arg("json", Map.of()).arg("raw", "r")));
    assertEquals("core.http_request takes at most one of json, form and raw; got json and raw",
        e.getMessage());
  }

  @Test
  void non2xx_failsNamingStatusAndUrl_withoutQueryOrBody() {
    String key = Canaries.next();
    STUB.stubFor(get(urlPathEqualTo("/missing"))
        .willReturn(aResponse().withStatus(404).withBody("no such thing, key " + key)));
    HttpStatusException e = assertThrows(HttpStatusException.class, () -> run(
        TestActionContext.builder().arg("url", url("/missing")).arg("params", Map.of("key", key))));
    assertEquals("HTTP 404 from GET " + url("/missing"), e.getMessage());
    assertEquals(404, e.statusCode());
    assertTrue(e.body().contains("no such thing"));
    assertFalse(e.getMessage().contains(key));
  }

  @Test
  void slowServer_timesOut() {
    STUB.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
    ActionException e = assertThrows(ActionException.class, () -> run(TestActionContext.builder()
        .arg("url", url("/slow")).arg("timeout", 0.3)));
    assertEquals("GET " + url("/slow") + " timed out after 300 ms", e.getMessage());
  }

  @Test
  void redirects_notFollowedUnlessAsked() throws Exception {
    STUB.stubFor(get("/old").willReturn(aResponse().withStatus(302)
        .withHeader("Location", url("/new"))));
    STUB.stubFor(get("/new").willReturn(okJson("{\"moved\": true}")));
    assertThrows(HttpStatusException.class,
        () -> run(TestActionContext.builder().arg("url", url("/old"))));
    Map<String, Object> result = run(TestActionContext.builder().arg("url", url("/old"))
        .arg("follow_redirects", true));
    assertEquals(Map.of("moved", true), result.get("data"));
  }

  @Test
  void badHeaderValue_errorNamesHeaderNotValue() {
    String secret = Canaries.next();
    ActionException e = assertThrows(ActionException.class, () -> run(TestActionContext.builder()
        .arg("url", url("/x")).arg("headers", Map.of("X-Key", secret + "\r\nInjected: 1"))));
    assertEquals("header `X-Key` has a name or value HTTP forbids", e.getMessage());
  }

  @Test
  void nonHttpUrl_refused() {
    ActionException e = assertThrows(ActionException.class,
        () -> run(TestActionContext.builder().arg("url", "file:///etc/passwd")));
    assertEquals("`url` must be an http or https URL", e.getMessage());
  }
}
