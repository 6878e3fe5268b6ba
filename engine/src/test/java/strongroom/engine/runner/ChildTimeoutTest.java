package strongroom.engine.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.fixtures.EngineTestBase;
import strongroom.engine.history.RunRecord;
import strongroom.engine.history.RunStatus;
import strongroom.secrets.testing.Backend;

/** core.workflow.execute's timeout bounds the child itself: it stops as timed out, it does not run on unseen. */
@ParameterizedClass
@EnumSource(Backend.class)
class ChildTimeoutTest extends EngineTestBase {
  ChildTimeoutTest(Backend backend) {
    super(backend);
  }

  @Test
  void childPastItsTimeout_endsTimedOut_andItsLaterActionsNeverRun() throws Exception {
    engine.service().save(EngineFixture.WS, """
        title: Slow child
        alias: slow_child
        actions:
          - {ref: wait, action: test.sleep, args: {ms: 5000}}
          - {ref: after, action: test.echo, depends_on: [wait], args: {value: late}}
        """, EngineFixture.ALICE);
    RunOutcome parent = engine.service().runSource(EngineFixture.WS, """
        title: Parent
        actions:
          - ref: child
            action: core.workflow.execute
            args: {workflow_alias: slow_child, timeout: 300ms}
        """, Map.of(), null);
    // The parent's action gives up at the same timeout; the point here is what becomes of the child.
    assertEquals(RunStatus.TIMED_OUT, parent.status());

    List<RunRecord> children = List.of();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      children = engine.service().runs(EngineFixture.WS, "slow_child", 10);
      if (!children.isEmpty() && children.get(0).status() != RunStatus.RUNNING) {
        break;
      }
      Thread.sleep(50);
    }
    assertEquals(1, children.size());
    RunRecord child = children.get(0);
    assertEquals(RunStatus.TIMED_OUT, child.status());
    assertTrue(java.time.Duration.between(child.startedAt(), child.finishedAt()).toMillis() < 3000,
        "stopped at its deadline, not after the 5 s sleep");
    var actions = engine.service().runDetail(EngineFixture.WS, child.id()).actions();
    assertEquals(RunStatus.SKIPPED, actions.stream().filter(a -> a.ref().equals("after")).findFirst().orElseThrow()
        .status());
  }
}
