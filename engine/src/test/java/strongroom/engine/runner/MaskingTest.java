package strongroom.engine.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.RunDetail;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.fixtures.EngineTestBase;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunStatus;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;

/** Results, errors and logs are masked before they are stored, on each backend; the database holds no value. */
@ParameterizedClass
@EnumSource(Backend.class)
class MaskingTest extends EngineTestBase {
  MaskingTest(Backend backend) {
    super(backend);
  }

  @Test
  void run_secretInResultLogsAndError_storedMasked() {
    String key = Canaries.next();
    engine.secret("vendor", "default", Map.of("API_KEY", key));
    engine.secret("other", "default", Map.of("TOKEN", Canaries.next()));
    RunOutcome outcome = engine.service().runSource(EngineFixture.WS, """
        title: Leak
        actions:
          - {ref: ok, action: test.leaky, args: {extra: "Bearer ${{ SECRETS.other.TOKEN }}"}}
          - {ref: bad, action: test.leaky, args: {fail: true}}
        """, Map.of(), null);
    ActionResult ok = outcome.action("ok").get(0);
    Map<?, ?> result = (Map<?, ?>) ok.result();
    assertEquals("***", result.get("echo"));
    assertEquals("***", result.get("b64"));
    assertEquals("***", result.get("derived"), "a value the action registered is masked too");
    assertEquals("as a key", result.get("***"), "map keys are masked");
    assertEquals("Bearer ***", result.get("extra"));
    assertEquals(List.of("calling with key *** and token ***"), ok.logs());
    ActionResult bad = outcome.action("bad").get(0);
    assertEquals("IllegalStateException: server rejected key ***", bad.error());
    assertEquals(RunStatus.FAILED, outcome.status());

    RunDetail stored = engine.service().runDetail(EngineFixture.WS, outcome.runId());
    assertEquals(outcome.actions().size(), stored.actions().size());
    String everything = Raw.query(engine.store(), "SELECT * FROM workflow_action_results").toString()
        + Raw.query(engine.store(), "SELECT * FROM workflow_runs");
    Canaries.assertAbsent("the run history tables", everything);
    assertTrue(everything.contains("server rejected key ***"));
    Canaries.assertAbsent("the outcome", outcome.toString());
  }
}
