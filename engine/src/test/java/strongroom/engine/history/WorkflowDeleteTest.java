package strongroom.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.DeletedWorkflow;
import strongroom.engine.RunDetail;
import strongroom.engine.WorkflowNotFoundException;
import strongroom.engine.WorkflowService;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.fixtures.EngineTestBase;
import strongroom.engine.runner.RunOutcome;
import strongroom.secrets.testing.Backend;

/** Deleting a saved workflow on each backend: the row goes, its runs stay readable under their alias. */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkflowDeleteTest extends EngineTestBase {
  private static final String WS = EngineFixture.WS;
  private static final String DOOMED =
      "title: Doomed\nalias: doomed\nactions: [{ref: a, action: test.echo, args: {value: 1}}]\n";

  WorkflowDeleteTest(Backend backend) {
    super(backend);
  }

  private WorkflowService service() {
    return engine.service();
  }

  @Test
  void delete_removesTheWorkflow_andKeepsItsRunsDetached() {
    String id = service().save(WS, DOOMED, EngineFixture.ALICE).workflow().id();
    RunOutcome first = service().run(WS, "doomed", Map.of(), null);
    RunOutcome second = service().run(WS, id, Map.of(), null);
    assertTrue(first.succeeded() && second.succeeded(), first::error);

    DeletedWorkflow deleted = service().delete(WS, "doomed");
    assertEquals(id, deleted.workflow().id());
    assertEquals(2, deleted.keptRuns());
    assertThrows(WorkflowNotFoundException.class, () -> service().get(WS, "doomed"));
    assertThrows(WorkflowNotFoundException.class, () -> service().get(WS, id));
    assertEquals(List.of(), service().list(WS));

    // Readable by id and in the workspace's list, under their alias and without a workflow id.
    List<RunRecord> runs = service().runs(WS, null, 10);
    assertEquals(2, runs.size());
    for (RunRecord run : runs) {
      assertEquals("doomed", run.workflowAlias());
      assertNull(run.workflowId());
    }
    RunDetail detail = service().runDetail(WS, first.runId());
    assertEquals(RunStatus.SUCCEEDED, detail.run().status());
    assertEquals("1", String.valueOf(detail.actions().get(0).result()));

    // The alias is free again, and the new workflow starts with no runs of the old one.
    String again = service().save(WS, DOOMED, EngineFixture.ALICE).workflow().id();
    assertNotEquals(id, again);
    assertEquals(List.of(), service().runs(WS, "doomed", 10));
  }

  @Test
  void delete_unknownOrAlreadyDeleted_isNotFound_andChangesNothing() {
    String id = service().save(WS, DOOMED, EngineFixture.ALICE).workflow().id();
    assertThrows(WorkflowNotFoundException.class, () -> service().delete(WS, "no_such"));
    assertEquals(1, service().list(WS).size());
    assertEquals(0, service().delete(WS, id).keptRuns());
    assertThrows(WorkflowNotFoundException.class, () -> service().delete(WS, id));
    assertThrows(WorkflowNotFoundException.class, () -> service().delete(WS, "doomed"));
  }

  @Test
  void delete_ofAChildWorkflow_leavesTheParentsRunWithItsChild() {
    service().save(WS, DOOMED, EngineFixture.ALICE);
    service().save(WS, """
        title: Parent
        alias: parent
        actions: [{ref: go, action: core.workflow.execute, args: {workflow_alias: doomed}}]
        """, EngineFixture.ALICE);
    RunOutcome parent = service().run(WS, "parent", Map.of(), null);
    assertTrue(parent.succeeded(), parent::error);
    String childRun = service().runDetail(WS, parent.runId()).childRunIds().get(0);

    assertEquals(1, service().delete(WS, "doomed").keptRuns());
    assertEquals(List.of(childRun), service().runDetail(WS, parent.runId()).childRunIds());
    assertEquals("doomed", service().runDetail(WS, childRun).run().workflowAlias());
    // The parent now names a workflow that is gone: its next run fails, clearly.
    RunOutcome orphan = service().run(WS, "parent", Map.of(), null);
    assertEquals(RunStatus.FAILED, orphan.status());
    assertTrue(orphan.actions().get(0).error().contains("doomed"), orphan.actions().get(0).error());
  }
}
