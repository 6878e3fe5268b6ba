package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;
import strongroom.engine.testing.TestActionContext;
import strongroom.secrets.testing.Canaries;

/** crowdstrike.yaml against a WireMock stand-in for the Falcon API (OAuth2 client credentials). */
class CrowdStrikeTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("crowdstrike", ""));
  private static final String ID = "CROWDSTRIKE_CLIENT_ID";
  private static final String SECRET = "CROWDSTRIKE_CLIENT_SECRET";
  private static final String BASE = "CROWDSTRIKE_BASE_URL";

  /** Stubs the token endpoint to issue {@code token}, as Falcon does (201 Created). */
  private static void issue(String token) {
    STUB.server().stubFor(post(urlPathMatching("(/[^/]+)?/oauth2/token")).willReturn(okJson(
        "{\"access_token\": \"" + token + "\", \"token_type\": \"bearer\", \"expires_in\": 1799}")
        .withStatus(201)));
  }

  private static void verifyTokenRequest(Planted planted) {
    verifyTokenRequest(planted, "");
  }

  private static void verifyTokenRequest(Planted planted, String prefix) {
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo(prefix + "/oauth2/token"))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("client_id=" + planted.value("crowdstrike", ID)
            + "&client_secret=" + planted.value("crowdstrike", SECRET))));
  }

  @Test
  void listDetections_fetchesTokenOnce_queriesThenFetchesDetails_masksToken() throws Exception {
    Planted planted = Planted.canaries("crowdstrike", ID, SECRET);
    String token = Canaries.next();
    issue(token);
    STUB.server().stubFor(get(urlPathEqualTo("/alerts/queries/alerts/v2"))
        .willReturn(okJson("{\"resources\": [\"cid:ind:1\", \"cid:ind:2\"]}")));
    STUB.server().stubFor(post("/alerts/entities/alerts/v2").willReturn(okJson(
        "{\"resources\": [{\"composite_id\": \"cid:ind:1\"}, {\"composite_id\": \"cid:ind:2\"}]}")));
    IntegrationStub.Outcome run = STUB.run("tools.crowdstrike.list_detections",
        Map.of("filter", "status:'new'", "limit", 2L), planted);
    assertEquals(List.of(Map.of("composite_id", "cid:ind:1"), Map.of("composite_id", "cid:ind:2")),
        run.result());
    assertEquals(List.of(token), run.context().maskedValues());
    verifyTokenRequest(planted);
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo("/alerts/queries/alerts/v2"))
        .withHeader("Authorization", equalTo("Bearer " + token))
        .withQueryParam("filter", equalTo("status:'new'"))
        .withQueryParam("limit", equalTo("2"))
        .withQueryParam("sort", equalTo("created_timestamp.desc")));
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/alerts/entities/alerts/v2"))
        .withHeader("Authorization", equalTo("Bearer " + token))
        .withRequestBody(equalToJson("{\"composite_ids\": [\"cid:ind:1\", \"cid:ind:2\"]}")));
  }

  @Test
  void listDetections_noMatches_skipsTheDetailsCall() throws Exception {
    issue(Canaries.next());
    STUB.server().stubFor(get(urlPathEqualTo("/alerts/queries/alerts/v2"))
        .willReturn(okJson("{\"resources\": []}")));
    assertEquals(List.of(), STUB.run("tools.crowdstrike.list_detections", Map.of(),
        Planted.canaries("crowdstrike", ID, SECRET)).result());
    STUB.server().verify(0, postRequestedFor(urlPathEqualTo("/alerts/entities/alerts/v2")));
  }

  @Test
  void containHost_postsDeviceActionContain() throws Exception {
    Planted planted = Planted.canaries("crowdstrike", ID, SECRET);
    String token = Canaries.next();
    issue(token);
    STUB.server().stubFor(post(urlPathEqualTo("/devices/entities/devices-actions/v2"))
        .willReturn(okJson("{\"resources\": [{\"id\": \"aid-1\"}], \"errors\": []}").withStatus(202)));
    STUB.run("tools.crowdstrike.contain_host", Map.of("device_id", "aid-1"), planted);
    verifyTokenRequest(planted);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/devices/entities/devices-actions/v2"))
        .withQueryParam("action_name", equalTo("contain"))
        .withHeader("Authorization", equalTo("Bearer " + token))
        .withRequestBody(equalToJson("{\"ids\": [\"aid-1\"]}")));
  }

  @Test
  void storedBaseUrl_isUsedWhenNoArgumentOrConfigSetsOne() throws Exception {
    ActionSpec shipped = StandardRegistry.create(RegistryConfig.defaults())
        .find("tools.crowdstrike.contain_host").orElseThrow();
    // The stored URL carries a canary in its path, so the test also shows it is masked.
    Planted credentials = Planted.canaries("crowdstrike", ID, SECRET);
    String prefix = "/" + Canaries.next();
    Planted planted = credentials.with("crowdstrike", BASE, STUB.baseUrl() + prefix);
    issue(Canaries.next());
    STUB.server().stubFor(post(urlPathEqualTo(prefix + "/devices/entities/devices-actions/v2"))
        .willReturn(okJson("{\"resources\": [], \"meta\": {\"url\": \"" + STUB.baseUrl() + prefix + "\"}}")));
    TestActionContext context = planted.context(Map.of("device_id", "aid-1"));
    IntegrationStub.requireDeclared(shipped, context.secrets());
    Object result = context.run(shipped);
    verifyTokenRequest(planted, prefix);
    IntegrationStub.assertMaskedClean(new IntegrationStub.Outcome(result, context), planted);
  }

  @Test
  void baseUrlArgument_winsOverTheStoredOne() throws Exception {
    Planted planted = Planted.canaries("crowdstrike", ID, SECRET)
        .with("crowdstrike", BASE, "http://127.0.0.1:1/" + Canaries.next());
    issue(Canaries.next());
    STUB.server().stubFor(post(urlPathEqualTo("/devices/entities/devices-actions/v2"))
        .willReturn(okJson("{\"resources\": []}")));
    STUB.run("tools.crowdstrike.contain_host",
        Map.of("device_id", "aid-1", "base_url", STUB.baseUrl()), planted);
    verifyTokenRequest(planted);
  }

  @Test
  void result_echoingTokenAndSecret_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("crowdstrike", ID, SECRET);
    String token = Canaries.next();
    issue(token);
    STUB.server().stubFor(post(urlPathEqualTo("/devices/entities/devices-actions/v2"))
        .willReturn(okJson("{\"meta\": {\"trace\": \"" + token + " "
            + planted.value("crowdstrike", SECRET) + "\"}}")));
    IntegrationStub.assertMaskedClean(STUB.run("tools.crowdstrike.contain_host",
        Map.of("device_id", "aid-1"), planted), planted);
  }

  @Test
  void missingSecretOrRequiredKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("device_id", "aid-1");
    Planted both = Planted.canaries("crowdstrike", ID, SECRET);
    STUB.assertMissingFailsBeforeRequest("tools.crowdstrike.contain_host", args,
        both.withoutSecret("crowdstrike"), "crowdstrike");
    STUB.assertMissingFailsBeforeRequest("tools.crowdstrike.contain_host", args,
        both.without("crowdstrike", SECRET), "crowdstrike." + SECRET);
  }
}
