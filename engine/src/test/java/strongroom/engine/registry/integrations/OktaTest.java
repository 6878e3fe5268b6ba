package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** okta.yaml against a WireMock stand-in for an Okta org (Management API v1). */
class OktaTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("okta", ""));
  private static final String KEY = "OKTA_API_TOKEN";

  @Test
  void getUser_getsByLoginWithSswsToken() throws Exception {
    Planted planted = Planted.canaries("okta", KEY);
    STUB.server().stubFor(get(urlPathEqualTo("/api/v1/users/ana%40example.com"))
        .willReturn(okJson("{\"id\": \"00ub0oNGTSWTBKOLGLNR\", \"status\": \"ACTIVE\"}")));
    Object result = STUB.run("tools.okta.get_user", Map.of("user_id", "ana@example.com"), planted)
        .result();
    assertEquals("ACTIVE", ((Map<?, ?>) result).get("status"));
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/users/ana%40example.com"))
        .withHeader("Authorization", equalTo("SSWS " + planted.value("okta", KEY)))
        .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void suspendAndUnsuspend_postTheLifecyclePaths() throws Exception {
    Planted planted = Planted.canaries("okta", KEY);
    STUB.server().stubFor(post(urlPathEqualTo("/api/v1/users/00u1/lifecycle/suspend"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));
    STUB.server().stubFor(post(urlPathEqualTo("/api/v1/users/00u1/lifecycle/unsuspend"))
        .willReturn(okJson("{}")));
    Object suspended = STUB.run("tools.okta.suspend_user", Map.of("user_id", "00u1"), planted)
        .result();
    assertEquals(Map.of("user_id", "00u1", "status_code", 200L), suspended);
    STUB.run("tools.okta.unsuspend_user", Map.of("user_id", "00u1"), planted);
    for (String verb : new String[] {"suspend", "unsuspend"}) {
      STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users/00u1/lifecycle/" + verb))
          .withHeader("Authorization", equalTo("SSWS " + planted.value("okta", KEY))));
    }
  }

  @Test
  void result_echoingTheToken_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("okta", KEY);
    STUB.server().stubFor(get(urlPathEqualTo("/api/v1/users/00u1")).willReturn(okJson(
        "{\"profile\": {\"nickName\": \"SSWS " + planted.value("okta", KEY) + "\"}}")));
    IntegrationStub.assertMaskedClean(
        STUB.run("tools.okta.get_user", Map.of("user_id", "00u1"), planted), planted);
  }

  @Test
  void missingSecretOrKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("user_id", "00u1");
    STUB.assertMissingFailsBeforeRequest("tools.okta.suspend_user", args,
        Planted.canaries("other", "X"), "okta");
    STUB.assertMissingFailsBeforeRequest("tools.okta.suspend_user", args,
        Planted.canaries("okta", "OTHER"), "okta." + KEY);
  }
}
