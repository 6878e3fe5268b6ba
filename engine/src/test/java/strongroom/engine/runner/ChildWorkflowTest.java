package strongroom.engine.runner;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunStatus;
import strongroom.engine.registry.RegistryConfig;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;

/** core.workflow.execute: the multi-tenant GuardDuty scenario against WireMock, environments not inherited, detach. */
@ParameterizedClass
@EnumSource(Backend.class)
class ChildWorkflowTest {
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/");
  private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333");

  private final Backend backend;
  @TempDir Path tempDir;
  private WireMockServer stub;
  private EngineFixture engine;

  ChildWorkflowTest(Backend backend) {
    this.backend = backend;
  }

  @BeforeEach
  void open() {
    // A quiet notifier: a near-miss report would print the Authorization header, access key id and all.
    stub = new WireMockServer(WireMockConfiguration.options().dynamicPort().notifier(new ConsoleNotifier(false)));
    stub.start();
    stub.stubFor(post(urlPathMatching("/detector/.*/findings")).willReturn(okJson("{\"findingIds\": [\"f1\"]}")));
    engine = new EngineFixture(backend, tempDir, RegistryConfig.defaults().withBaseUrl("aws.guardduty", stub.baseUrl()));
  }

  @AfterEach
  void close() {
    engine.close();
    stub.stop();
  }

  @Test
  void multiTenant_eachChildSignsWithItsAccountsKey_missingAccountFailsIsolated() {
    Map<String, String> keyIds = new java.util.HashMap<>();
    for (String account : ACCOUNTS) {
      String keyId = "AKIA" + Canaries.next();
      keyIds.put(account, keyId);
      engine.secret("aws", account, Map.of("AWS_ACCESS_KEY_ID", keyId, "AWS_SECRET_ACCESS_KEY", Canaries.next()));
    }
    engine.service().save(EngineFixture.WS, """
        title: List GuardDuty findings
        alias: guardduty_findings
        actions:
          - ref: list_findings
            action: tools.aws_guardduty.list_findings
            args: {detector_id: "${{ TRIGGER.detector_id }}"}
        returns: "${{ ACTIONS.list_findings.result.finding_ids }}"
        """, EngineFixture.ALICE);
    RunOutcome outcome = engine.service().runSource(EngineFixture.WS, """
        title: All accounts
        actions:
          - ref: per_account
            action: core.workflow.execute
            for_each: "${{ for var.aws_account_id in TRIGGER.accounts }}"
            args:
              workflow_alias: guardduty_findings
              environment: ${{ var.aws_account_id }}
              trigger_inputs: {detector_id: det-1}
              loop_strategy: parallel
              fail_strategy: isolated
        """, Map.of("accounts", List.of(ACCOUNTS.get(0), ACCOUNTS.get(1), "444444444444", ACCOUNTS.get(2))), null);

    assertEquals(RunStatus.SUCCEEDED, outcome.status(), "isolated: one failed child does not fail the parent");
    List<ActionResult> iterations = outcome.action("per_account");
    assertEquals(List.of(RunStatus.SUCCEEDED, RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.SUCCEEDED),
        iterations.stream().map(ActionResult::status).toList());
    assertEquals(List.of("f1"), iterations.get(0).result());
    String error = iterations.get(2).error();
    assertTrue(error.endsWith("failed: action `list_findings`: secret `aws` is missing in environment `444444444444`"),
        error);
    Set<String> seen = stub.findAll(postRequestedFor(urlPathMatching("/detector/.*/findings"))).stream()
        .map(r -> credential(r.getHeader("Authorization"))).collect(Collectors.toSet());
    assertEquals(Set.copyOf(keyIds.values()), seen, "three distinct key ids, each the one stored for its account");
    var children = engine.service().runDetail(EngineFixture.WS, outcome.runId()).childRunIds();
    assertEquals(4, children.size());
  }

  @Test
  void childEnvironment_isTheArgumentElseTheChildsOwn_notInherited() {
    engine.service().save(EngineFixture.WS, """
        title: Child
        alias: child
        config: {environment: child_env}
        actions: [{ref: where, action: test.environment}]
        returns: "${{ ACTIONS.where.result }}"
        """, EngineFixture.ALICE);
    RunOutcome outcome = engine.service().runSource(EngineFixture.WS, """
        title: Parent
        config: {environment: parent_env}
        actions:
          - {ref: own, action: core.workflow.execute, args: {workflow_alias: child}}
          - {ref: given, action: core.workflow.execute, args: {workflow_alias: child, environment: chosen}}
          - {ref: detached, action: core.workflow.execute, args: {workflow_alias: child, wait_strategy: detach}}
          - {ref: nobody, action: core.workflow.execute, args: {workflow_alias: ghost}}
        """, Map.of(), null);
    assertEquals("child_env", outcome.action("own").get(0).result());
    assertEquals("chosen", outcome.action("given").get(0).result());
    String detachedId = (String) outcome.action("detached").get(0).result();
    assertTrue(detachedId.matches("[0-9a-f-]{36}"), detachedId);
    assertEquals("no saved workflow with alias `ghost`", outcome.action("nobody").get(0).error());
    assertNull(outcome.action("own").get(0).error());
  }

  private static String credential(String authorization) {
    Matcher m = CREDENTIAL.matcher(authorization == null ? "" : authorization);
    return m.find() ? m.group(1) : "none";
  }
}
