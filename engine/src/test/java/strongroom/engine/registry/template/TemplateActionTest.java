package strongroom.engine.registry.template;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.core.CoreActions;
import strongroom.engine.testing.TestActionContext;
import strongroom.expr.Expressions;
import strongroom.secrets.testing.Canaries;

/** Multi-step templates: an OAuth-style token step, masking, run_if and step argument checks. */
class TemplateActionTest {
  private static final WireMockServer STUB =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  private static final String OAUTH = """
      name: oauthdemo
      description: Client-credentials token, then a call with it.
      secrets:
        - name: oauthdemo
          keys: [CLIENT_ID, CLIENT_SECRET]
      actions:
        - action: tools.oauthdemo.list_things
          description: List things.
          arguments:
            limit: {type: integer, default: 10, description: How many.}
            also_count: {type: boolean, default: false, description: Count too.}
            base_url: {type: string, config: oauthdemo, description: Base URL.}
          steps:
            - ref: token
              action: core.http_request
              args:
                method: POST
                url: ${{ inputs.base_url }}/oauth2/token
                form:
                  client_id: ${{ SECRETS.oauthdemo.CLIENT_ID }}
                  client_secret: ${{ SECRETS.oauthdemo.CLIENT_SECRET }}
              mask:
                - ${{ steps.token.result.data.access_token }}
            - ref: things
              action: core.http_request
              args:
                url: ${{ inputs.base_url }}/things
                params: {limit: "${{ inputs.limit }}"}
                headers:
                  Authorization: Bearer ${{ steps.token.result.data.access_token }}
            - ref: count
              action: core.transform.reshape
              run_if: ${{ inputs.also_count }}
              args:
                value: ${{ FN.length(steps.things.result.data.items) }}
          returns:
            items: ${{ steps.things.result.data.items }}
            count: ${{ steps.count.result }}
        - action: tools.oauthdemo.bad_step
          description: Passes a string where core.http_request wants a number.
          arguments:
            wait: {type: string, required: true, description: Seconds as a string.}
          steps:
            - ref: call
              action: core.http_request
              args: {url: "http://127.0.0.1:1/", timeout: "${{ inputs.wait }}"}
      """;

  private static Map<String, ActionSpec> actions;

  @BeforeAll
  static void start() {
    STUB.start();
    RegistryConfig config = RegistryConfig.defaults().withBaseUrl("oauthdemo", STUB.baseUrl());
    Expressions expressions = Expressions.create();
    Map<String, ActionSpec> core = CoreActions.all(config, expressions).stream()
        .collect(Collectors.toMap(ActionSpec::name, s -> s));
    actions = new IntegrationLoader(config, expressions, core).load("oauthdemo.yaml", OAUTH)
        .stream().collect(Collectors.toMap(ActionSpec::name, s -> s));
  }

  @AfterAll
  static void stop() {
    STUB.stop();
  }

  @Test
  void steps_runInOrder_tokenIsMasked_runIfSkips() throws Exception {
    String clientSecret = Canaries.next();
    String token = Canaries.next();
    STUB.stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\": \"" + token + "\"}")));
    STUB.stubFor(get(urlPathEqualTo("/things")).willReturn(okJson("{\"items\": [1, 2, 3]}")));
    TestActionContext context = TestActionContext.builder().arg("limit", 3L)
        .secret("oauthdemo", "CLIENT_ID", "id-1")
        .secret("oauthdemo", "CLIENT_SECRET", clientSecret).build();
    Map<String, Object> skipped = new java.util.HashMap<>();
    skipped.put("items", List.of(1L, 2L, 3L));
    skipped.put("count", null);
    assertEquals(skipped, context.run(actions.get("tools.oauthdemo.list_things")));
    assertEquals(List.of(token), context.maskedValues());
    STUB.verify(postRequestedFor(urlPathEqualTo("/oauth2/token"))
        .withRequestBody(equalTo("client_id=id-1&client_secret=" + clientSecret)));
    STUB.verify(getRequestedFor(urlPathEqualTo("/things"))
        .withHeader("Authorization", equalTo("Bearer " + token))
        .withQueryParam("limit", equalTo("3")));

    Object counted = TestActionContext.builder().arg("also_count", true)
        .secret("oauthdemo", "CLIENT_ID", "id-1")
        .secret("oauthdemo", "CLIENT_SECRET", clientSecret).build()
        .run(actions.get("tools.oauthdemo.list_things"));
    assertEquals(Map.of("items", List.of(1L, 2L, 3L), "count", 3L), counted);
  }

  @Test
  void stepArgumentOfWrongType_failsNamingStepAndArgument() {
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("wait", "5").build().run(actions.get("tools.oauthdemo.bad_step")));
    assertEquals("tools.oauthdemo.bad_step step `call` (core.http_request): argument `timeout` "
        + "of `core.http_request` must be number, not string", e.getMessage());
  }
}
