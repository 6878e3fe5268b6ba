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

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** slack.yaml against a WireMock stand-in for the Slack Web API. */
class SlackTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("slack", "/api"));
  private static final String KEY = "SLACK_BOT_TOKEN";

  @Test
  void postMessage_postsJsonWithBearerToken_leavingAbsentFieldsOut() throws Exception {
    Planted planted = Planted.canaries("slack", KEY);
    STUB.server().stubFor(post("/api/chat.postMessage")
        .willReturn(okJson("{\"ok\": true, \"channel\": \"C123\", \"ts\": \"1.2\"}")));
    Object result = STUB.run("tools.slack.post_message",
        Map.of("channel", "C123", "text", "Host contained"), planted).result();
    assertEquals(true, ((Map<?, ?>) result).get("ok"));
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
        .withHeader("Authorization", equalTo("Bearer " + planted.value("slack", KEY)))
        .withHeader("Content-Type", equalTo("application/json; charset=utf-8"))
        .withRequestBody(equalToJson("{\"channel\": \"C123\", \"text\": \"Host contained\"}")));
  }

  @Test
  void postMessage_inThread_sendsThreadTs() throws Exception {
    Planted planted = Planted.canaries("slack", KEY);
    STUB.server().stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\": true}")));
    STUB.run("tools.slack.post_message",
        Map.of("channel", "C123", "text", "update", "thread_ts", "1.2"), planted);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
        .withRequestBody(equalToJson("{\"channel\": \"C123\", \"text\": \"update\", \"thread_ts\": \"1.2\"}")));
  }

  @Test
  void lookupUserByEmail_getsWithEmailParam() throws Exception {
    Planted planted = Planted.canaries("slack", KEY);
    STUB.server().stubFor(get(urlPathEqualTo("/api/users.lookupByEmail"))
        .willReturn(okJson("{\"ok\": true, \"user\": {\"id\": \"U1\"}}")));
    STUB.run("tools.slack.lookup_user_by_email", Map.of("email", "ana@example.com"), planted);
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo("/api/users.lookupByEmail"))
        .withHeader("Authorization", equalTo("Bearer " + planted.value("slack", KEY)))
        .withQueryParam("email", equalTo("ana@example.com")));
  }

  @Test
  void result_echoingTheToken_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("slack", KEY);
    STUB.server().stubFor(post("/api/chat.postMessage").willReturn(okJson(
        "{\"ok\": true, \"message\": {\"text\": \"" + planted.value("slack", KEY) + "\"}}")));
    IntegrationStub.assertMaskedClean(STUB.run("tools.slack.post_message",
        Map.of("channel", "C1", "text", "x"), planted), planted);
  }

  @Test
  void missingSecretOrKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("channel", "C1", "text", "x");
    STUB.assertMissingFailsBeforeRequest("tools.slack.post_message", args,
        Planted.canaries("other", "X"), "slack");
    STUB.assertMissingFailsBeforeRequest("tools.slack.post_message", args,
        Planted.canaries("slack", "OTHER"), "slack." + KEY);
  }
}
