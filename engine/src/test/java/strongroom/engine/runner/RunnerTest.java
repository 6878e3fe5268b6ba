package strongroom.engine.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.fixtures.EngineTestBase;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunStatus;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;

/** Runs through the service on each backend: environments, for_each, missing secrets, ordering, retry, timeouts. */
@ParameterizedClass
@EnumSource(Backend.class)
class RunnerTest extends EngineTestBase {
  RunnerTest(Backend backend) {
    super(backend);
  }

  private RunOutcome run(String yaml, String environment) {
    return engine.service().runSource(EngineFixture.WS, yaml, Map.of(), environment);
  }

  private static Object result(RunOutcome outcome, String ref) {
    return outcome.action(ref).get(0).result();
  }

  @Test
  void environment_actionOverride_thenRun_thenConfig_thenDefault() {
    String configured = """
        title: Env
        config: {environment: cfg_env}
        actions:
          - {ref: plain, action: test.environment}
          - {ref: pinned, action: test.environment, environment: tenant_b}
        """;
    RunOutcome overridden = run(configured, "run_env");
    assertEquals("run_env", result(overridden, "plain"));
    assertEquals("tenant_b", result(overridden, "pinned"));
    assertEquals("run_env", overridden.environment());
    assertEquals("cfg_env", result(run(configured, null), "plain"));
    assertEquals("default", result(run("title: D\nactions: [{ref: plain, action: test.environment}]\n", null), "plain"));
  }

  @Test
  void environment_exactMatchOnly_noFallbackToDefault() {
    engine.secret("vendor", "tenant_b", Map.of("API_KEY", Canaries.next()));
    RunOutcome outcome = run("""
        title: Exact
        actions:
          - {ref: there, action: test.leaky, environment: tenant_b}
          - {ref: here, action: test.leaky}
        """, null);
    assertEquals(RunStatus.SUCCEEDED, outcome.action("there").get(0).status());
    assertEquals("secret `vendor` is missing in environment `default`", outcome.action("here").get(0).error());
    assertEquals(RunStatus.FAILED, outcome.status());
  }

  @Test
  void forEach_zipsIteratorsToShortest_resultsInOrder() {
    RunOutcome outcome = run("""
        title: Zip
        actions:
          - ref: each
            action: test.sleep
            concurrency: 4
            for_each: ["for var.ms in [120, 90, 60, 30, 0]", "${{ for var.tag in ['a', 'b', 'c', 'd'] }}"]
            args: {ms: "${{ var.ms }}"}
          - ref: names
            action: test.echo
            for_each: ["for var.ms in [120, 90, 60, 30, 0]", "for var.tag in ['a', 'b', 'c', 'd']"]
            args: {value: "${{ var.tag }}${{ var.ms }}"}
        """, null);
    assertEquals(RunStatus.SUCCEEDED, outcome.status(), outcome::error);
    assertEquals(List.of("a120", "b90", "c60", "d30"), outcome.action("names").stream().map(ActionResult::result).toList());
    List<ActionResult> sleeps = outcome.action("each");
    assertEquals(4, sleeps.size());
    long firstEnd = (Long) ((Map<?, ?>) sleeps.get(0).result()).get("end");
    long lastEnd = (Long) ((Map<?, ?>) sleeps.get(3).result()).get("end");
    assertTrue(lastEnd < firstEnd, "iterations ran at once, yet results stay in iteration order");
  }

  @Test
  void missingSecrets_errorNamesEveryNameAndTheEnvironment() {
    RunOutcome outcome = run("""
        title: Missing
        actions:
          - ref: call
            action: test.leaky
            args: {extra: ["${{ SECRETS.jira.JIRA_API_TOKEN }}", "${{ SECRETS.slack.TOKEN }}"]}
        """, "tenant_x");
    assertEquals("secrets `jira`, `slack`, `vendor` are missing in environment `tenant_x`",
        outcome.action("call").get(0).error());
    assertEquals(RunStatus.FAILED, outcome.status());
  }

  @Test
  void missingKey_errorNamesSecretKeyAndEnvironment() {
    engine.secret("vendor", "default", Map.of("OTHER", Canaries.next()));
    engine.secret("jira", "default", Map.of("JIRA_USER", Canaries.next()));
    RunOutcome outcome = run("""
        title: Keys
        actions:
          - {ref: call, action: test.leaky, args: {extra: "${{ SECRETS.jira.JIRA_API_TOKEN }}"}}
        """, null);
    assertEquals("secret `vendor` in `default` lacks key `API_KEY`; secret `jira` in `default` lacks key `JIRA_API_TOKEN`",
        outcome.action("call").get(0).error());
  }

  @Test
  void graph_independentActionsRunInParallel_failureSkipsDownstream_runIfSkips() {
    RunOutcome outcome = run("""
        title: Graph
        actions:
          - {ref: left, action: test.sleep, args: {ms: 300}}
          - {ref: right, action: test.sleep, args: {ms: 300}}
          - {ref: join, action: test.echo, args: {value: "${{ ACTIONS.left.result.end - ACTIONS.right.result.start }}"}}
          - {ref: broken, action: test.fail, args: {message: nope}}
          - {ref: after_broken, action: test.echo, depends_on: [broken]}
          - {ref: never, action: test.echo, run_if: "${{ ACTIONS.join.result > 100000 }}"}
        """, null);
    long overlap = (Long) result(outcome, "join");
    assertTrue(overlap < 550, "left and right overlapped");
    assertEquals(RunStatus.SKIPPED, outcome.action("after_broken").get(0).status());
    assertEquals(RunStatus.SKIPPED, outcome.action("never").get(0).status());
    assertEquals(RunStatus.FAILED, outcome.status());
    assertEquals("action `broken`: nope", outcome.error());
  }

  @Test
  void retry_untilSuccess_andTimeoutFailsTheRun() {
    RunOutcome outcome = run("""
        title: Retry
        actions:
          - {ref: flaky, action: test.flaky, args: {key: k1, succeed_on: 3}, retry: {max_attempts: 3, delay: 10ms}}
          - {ref: slow, action: test.sleep, args: {ms: 5000}, retry: {timeout: 200ms}}
        """, null);
    ActionResult flaky = outcome.action("flaky").get(0);
    assertEquals(3, flaky.attempts());
    assertEquals(3L, flaky.result());
    ActionResult slow = outcome.action("slow").get(0);
    assertEquals(RunStatus.TIMED_OUT, slow.status());
    assertEquals("timed out after 200 ms", slow.error());
    assertEquals(RunStatus.TIMED_OUT, outcome.status());
  }

  @Test
  void returns_evaluatedOverActionResults() {
    RunOutcome outcome = run("""
        title: Returns
        actions:
          - {ref: a, action: test.echo, args: {value: "${{ TRIGGER.name }}"}}
        returns: {greeting: "hello ${{ ACTIONS.a.result }}"}
        """.replace("TRIGGER.name", "ENV.environment"), "tenant_q");
    assertEquals(Map.of("greeting", "hello tenant_q"), outcome.result());
    assertNull(outcome.error());
  }
}
