package strongroom.engine.registry.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;

/** jira.yaml against a WireMock stand-in for a Jira Cloud site (REST API v3). */
class JiraTest {
  @RegisterExtension
  static final IntegrationStub STUB = new IntegrationStub(Map.of("jira", ""));
  private static final String EMAIL = "JIRA_USEREMAIL";
  private static final String TOKEN = "JIRA_API_TOKEN";

  private static String basic(Planted p) {
    return "Basic " + Base64.getEncoder().encodeToString((p.value("jira", EMAIL) + ":"
        + p.value("jira", TOKEN)).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void baseUrl_hasNoShippedDefault() {
    assertNull(StandardRegistry.create(RegistryConfig.defaults()).find("tools.jira.create_issue")
        .orElseThrow().arguments().stream().filter(a -> a.name().equals("base_url"))
        .findFirst().orElseThrow().defaultValue());
  }

  @Test
  void createIssue_postsFieldsWithAdfDescription_andBasicAuthFromBothKeys() throws Exception {
    Planted planted = Planted.canaries("jira", EMAIL, TOKEN);
    STUB.server().stubFor(post("/rest/api/3/issue")
        .willReturn(okJson("{\"id\": \"10001\", \"key\": \"SEC-42\"}")));
    STUB.run("tools.jira.create_issue", Map.of("project_key", "SEC", "summary", "Phish reported",
        "description", "User forwarded a phish.", "fields", Map.of("labels", java.util.List.of("phish"))),
        planted);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue"))
        .withHeader("Authorization", equalTo(basic(planted)))
        .withRequestBody(equalToJson("""
            {"fields": {"project": {"key": "SEC"}, "summary": "Phish reported",
              "issuetype": {"name": "Task"},
              "description": {"type": "doc", "version": 1, "content": [{"type": "paragraph",
                "content": [{"type": "text", "text": "User forwarded a phish."}]}]},
              "labels": ["phish"]}}""")));
  }

  @Test
  void addComment_postsAdfBody() throws Exception {
    Planted planted = Planted.canaries("jira", EMAIL, TOKEN);
    STUB.server().stubFor(post("/rest/api/3/issue/SEC-42/comment")
        .willReturn(okJson("{\"id\": \"10000\"}")));
    STUB.run("tools.jira.add_comment", Map.of("issue_key", "SEC-42", "comment", "Contained."),
        planted);
    STUB.server().verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue/SEC-42/comment"))
        .withHeader("Authorization", equalTo(basic(planted)))
        .withRequestBody(equalToJson("""
            {"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph",
              "content": [{"type": "text", "text": "Contained."}]}]}}""")));
  }

  @Test
  void result_echoingTheBasicCredentials_isCleanOnceMasked() throws Exception {
    Planted planted = Planted.canaries("jira", EMAIL, TOKEN);
    STUB.server().stubFor(post("/rest/api/3/issue/SEC-1/comment").willReturn(okJson(
        "{\"echo\": \"" + basic(planted) + "\", \"author\": \"" + planted.value("jira", EMAIL) + "\"}")));
    IntegrationStub.assertMaskedClean(STUB.run("tools.jira.add_comment",
        Map.of("issue_key", "SEC-1", "comment", "x"), planted), planted);
  }

  @Test
  void missingSecretOrEitherKey_failsBeforeAnyRequest() {
    Map<String, Object> args = Map.of("issue_key", "SEC-1", "comment", "x");
    Planted both = Planted.canaries("jira", EMAIL, TOKEN);
    STUB.assertMissingFailsBeforeRequest("tools.jira.add_comment", args,
        both.withoutSecret("jira"), "jira");
    STUB.assertMissingFailsBeforeRequest("tools.jira.add_comment", args,
        both.without("jira", EMAIL), "jira." + EMAIL);
    STUB.assertMissingFailsBeforeRequest("tools.jira.add_comment", args,
        both.without("jira", TOKEN), "jira." + TOKEN);
  }
}
