package strongroom.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.InvalidWorkflowException;
import strongroom.engine.RunDetail;
import strongroom.engine.SaveResult;
import strongroom.engine.definition.Problem;
import strongroom.engine.definition.ValidationReport;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.fixtures.EngineTestBase;
import strongroom.engine.runner.RunOutcome;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;

/** Saved workflows and run history on each backend; secret problems warn on save and fail under an environment. */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkflowHistoryTest extends EngineTestBase {
  private static final String WORKFLOW = """
      title: Lookup v%d
      alias: lookup
      actions:
        - {ref: vt, action: test.leaky, args: {extra: "${{ SECRETS.jira.JIRA_API_TOKEN }}"}}
      """;
  WorkflowHistoryTest(Backend backend) {
    super(backend);
  }

  @Test
  void save_createsThenUpdatesByAlias_withSecretWarnings() {
    engine.secret("jira", "default", Map.of("JIRA_USER", Canaries.next()));
    SaveResult first = engine.service().save(EngineFixture.WS, WORKFLOW.formatted(1), EngineFixture.ALICE);
    assertTrue(first.created());
    assertEquals(List.of("secret `vendor` is missing in environment `default`",
            "secret `jira` in `default` lacks key `JIRA_API_TOKEN`"),
        first.report().warnings().stream().map(Problem::message).toList());
    SaveResult second = engine.service().save(EngineFixture.WS, WORKFLOW.formatted(2), EngineFixture.ALICE);
    assertFalse(second.created());
    assertEquals(first.workflow().id(), second.workflow().id());
    List<SavedWorkflow> all = engine.service().list(EngineFixture.WS);
    assertEquals(1, all.size());
    assertEquals("Lookup v2", all.get(0).title());

    ValidationReport tenant = engine.service().validate(EngineFixture.WS, WORKFLOW.formatted(1), "tenant_b");
    assertEquals(List.of("secret `vendor` is missing in environment `tenant_b`",
        "secret `jira` is missing in environment `tenant_b`"), tenant.errors().stream().map(Problem::message).toList());
  }

  @Test
  void save_structuralError_refusedAndNothingStored() {
    InvalidWorkflowException refused = assertThrows(InvalidWorkflowException.class, () -> engine.service()
        .save(EngineFixture.WS, "title: X\nalias: x\nactions: [{ref: a, action: test.echo, depends_on: [a]}]\n",
            EngineFixture.ALICE));
    assertTrue(refused.getMessage().contains("dependency cycle: a → a"), refused.getMessage());
    assertEquals(List.of(), engine.service().list(EngineFixture.WS));
  }

  @Test
  void runs_storedWithStatusEnvironmentInputsAndParent() {
    engine.service().save(EngineFixture.WS, "title: C\nalias: child\nactions: [{ref: a, action: test.echo}]\n",
        EngineFixture.ALICE);
    engine.service().save(EngineFixture.WS, """
        title: P
        alias: parent
        actions: [{ref: go, action: core.workflow.execute, args: {workflow_alias: child, trigger_inputs: {n: 1}}}]
        """, EngineFixture.ALICE);
    RunOutcome outcome = engine.service().run(EngineFixture.WS, "parent", Map.of("who", "bob"), "tenant_a");
    assertTrue(outcome.succeeded(), outcome::error);
    RunDetail parent = engine.service().runDetail(EngineFixture.WS, outcome.runId());
    assertEquals(RunStatus.SUCCEEDED, parent.run().status());
    assertEquals("tenant_a", parent.run().environment());
    assertEquals(Map.of("who", "bob"), parent.run().triggerInputs());
    assertTrue(parent.run().finishedAt() != null);
    assertEquals(1, parent.childRunIds().size());
    RunDetail child = engine.service().runDetail(EngineFixture.WS, parent.childRunIds().get(0));
    assertEquals(outcome.runId(), child.run().parentRunId());
    assertEquals("default", child.run().environment(), "the child's own config.environment, not tenant_a");
    assertEquals(List.of("a"), child.actions().stream().map(ActionResult::ref).toList());
    assertEquals(1, engine.service().runs(EngineFixture.WS, "parent", 10).size());
    assertEquals(2, engine.service().runs(EngineFixture.WS, null, 10).size());
  }
}
