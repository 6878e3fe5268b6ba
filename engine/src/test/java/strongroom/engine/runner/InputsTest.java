package strongroom.engine.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.fixtures.EngineTestBase;
import strongroom.engine.history.RunStatus;
import strongroom.secrets.testing.Backend;

/** A workflow's inputs schema is enforced when a run starts: defaults filled, bad inputs fail the run early. */
@ParameterizedClass
@EnumSource(Backend.class)
class InputsTest extends EngineTestBase {
  private static final String WORKFLOW = """
      title: Scan
      inputs:
        url: {type: str}
        limit: {type: int, default: 5}
      actions:
        - ref: echo
          action: core.transform.reshape
          args: {value: "${{ TRIGGER.url }} x ${{ TRIGGER.limit }}"}
      """;

  InputsTest(Backend backend) {
    super(backend);
  }

  @Test
  void run_validInputs_seesDefaults() {
    RunOutcome outcome = engine.service().runSource(EngineFixture.WS, WORKFLOW, Map.of("url", "https://a.test"), null);
    assertEquals(RunStatus.SUCCEEDED, outcome.status(), outcome.toString());
    assertEquals("https://a.test x 5", outcome.action("echo").get(0).result());
  }

  @Test
  void run_invalidInputs_failsBeforeAnyAction() {
    RunOutcome outcome = engine.service().runSource(EngineFixture.WS, WORKFLOW, Map.of("limit", "many"), null);
    assertEquals(RunStatus.FAILED, outcome.status());
    assertTrue(outcome.error().startsWith("invalid trigger inputs: "), outcome.error());
    assertTrue(outcome.error().contains("input `url` is required"), outcome.error());
    assertTrue(outcome.error().contains("input `limit` must be of type integer"), outcome.error());
    assertTrue(outcome.actions().isEmpty());
    assertEquals(RunStatus.FAILED, engine.service().runDetail(EngineFixture.WS, outcome.runId()).run().status());
  }
}
