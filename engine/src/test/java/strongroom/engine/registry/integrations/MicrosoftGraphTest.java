package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import strongroom.secrets.testing.Canaries;

/** microsoft_graph.yaml against WireMock stand-ins for the identity platform and Graph v1.0. */
class MicrosoftGraphTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(
      Map.of("microsoft_graph", "/v1.0", "microsoft_graph.login", "/login"));
  private static final String ID = "MICROSOFT_GRAPH_CLIENT_ID";
  private static final String SECRET = "MICROSOFT_GRAPH_CLIENT_SECRET";
  private static final String TENANT = "MICROSOFT_GRAPH_TENANT_ID";

  private static Planted planted() {
    return Planted.canaries("microsoft_graph", ID, SECRET, TENANT);
  }

  private static String tokenPath(Planted p) {
    return "/login/" + p.value("microsoft_graph", TENANT) + "/oauth2/v2.0/token";
  }

  private static void issue(String token) {
    STUB.server().stubFor(post(urlPathMatching("/login/.*/oauth2/v2.0/token")).willReturn(okJson(
        "{\"token_type\": \"Bearer\", \"expires_in\": 3599, \"access_token\": \"" + token + "\"}")));
  }

  private static void verifyTokenRequest(Planted p) {
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo(tokenPath(p)))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .withRequestBody(equalTo("client_id=" + p.value("microsoft_graph", ID)
            + "&client_secret=" + p.value("microsoft_graph", SECRET)
            + "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&grant_type=client_credentials")));
  }

  @Test
  void listUsers_getsTokenFromTheTenant_thenUsersWithODataParams() throws Exception {
    Planted p = planted();
    String token = Canaries.next();
    issue(token);
    STUB.server().stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(okJson(
        "{\"value\": [{\"id\": \"u1\"}]}")));
    IntegrationStub.Outcome run = STUB.run("tools.microsoft_graph.list_users",
        Map.of("filter", "accountEnabled eq true", "top", 5L), p);
    assertEquals(java.util.List.of(token), run.context().maskedValues());
    verifyTokenRequest(p);
    STUB.server().verify(1, getRequestedFor(urlPathEqualTo("/v1.0/users"))
        .withHeader("Authorization", equalTo("Bearer " + token))
        .withQueryParam("$filter", equalTo("accountEnabled eq true"))
        .withQueryParam("$select", equalTo("id,displayName,userPrincipalName,mail,accountEnabled"))
        .withQueryParam("$top", equalTo("5")));
  }

  @Test
  void revokeSessions_postsRevokeSignInSessions() throws Exception {
    Planted p = planted();
    String token = Canaries.next();
    issue(token);
    STUB.server().stubFor(post(urlPathEqualTo("/v1.0/users/ana%40example.com/revokeSignInSessions"))
        .willReturn(okJson("{\"value\": true}")));
    Object result = STUB.run("tools.microsoft_graph.revoke_sessions",
        Map.of("user_id", "ana@example.com"), p).result();
    assertEquals(Map.of("value", true), result);
    verifyTokenRequest(p);
    STUB.server().verify(1,
        postRequestedFor(urlPathEqualTo("/v1.0/users/ana%40example.com/revokeSignInSessions"))
            .withHeader("Authorization", equalTo("Bearer " + token)));
  }

  @Test
  void result_echoingTokenAndTenant_isCleanOnceMasked() throws Exception {
    Planted p = planted();
    String token = Canaries.next();
    issue(token);
    STUB.server().stubFor(get(urlPathEqualTo("/v1.0/users")).willReturn(okJson(
        "{\"@odata.context\": \"" + p.value("microsoft_graph", TENANT) + "\", \"value\": [{\"id\": \""
            + token + "\"}]}")));
    IntegrationStub.assertMaskedClean(
        STUB.run("tools.microsoft_graph.list_users", Map.of(), p), p);
  }

  @Test
  void missingSecretOrAnyKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("user_id", "u1");
    Planted p = planted();
    STUB.assertMissingFailsBeforeRequest("tools.microsoft_graph.revoke_sessions", args,
        p.withoutSecret("microsoft_graph"), "microsoft_graph");
    for (String key : new String[] {ID, SECRET, TENANT}) {
      STUB.assertMissingFailsBeforeRequest("tools.microsoft_graph.revoke_sessions", args,
          p.without("microsoft_graph", key), "microsoft_graph." + key);
    }
  }
}
