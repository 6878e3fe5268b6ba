package strongroom.engine.history;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import strongroom.secrets.storage.Database;

/** The run history and saved workflows over one database; each write is one transaction. */
public final class RunHistory {
  private final Database database;
  private final WorkflowRepository workflows = new WorkflowRepository();
  private final RunRepository runs = new RunRepository();

  public RunHistory(Database database) {
    this.database = database;
  }

  public Database database() {
    return database;
  }

  public WorkflowRepository workflows() {
    return workflows;
  }

  public void started(RunRecord run) {
    database.inTransaction(h -> {
      runs.insert(h, run);
      return null;
    });
  }

  /** Stores the action invocations and the run's final state together. */
  public void finished(RunRecord run, List<ActionResult> actions) {
    database.inTransaction(h -> {
      runs.insertActions(h, actions);
      runs.finish(h, run);
      return null;
    });
  }

  /**
   * Deletes a saved workflow and detaches its runs ({@link RunRepository#detach}) in one transaction;
   * the number of runs kept, or empty when the workflow was not there (then nothing changed).
   */
  public OptionalInt deleteWorkflow(String workspaceId, String workflowId) {
    return database.inTransaction(h -> {
      int kept = runs.detach(h, workspaceId, workflowId);
      // No run can reference a missing row (foreign key), so a miss has detached nothing.
      return workflows.delete(h, workspaceId, workflowId) == 0 ? OptionalInt.empty() : OptionalInt.of(kept);
    });
  }

  public Optional<RunRecord> run(String workspaceId, String runId) {
    return database.withHandle(h -> runs.find(h, workspaceId, runId));
  }

  public List<RunRecord> runs(String workspaceId, String workflowId, int limit) {
    return database.withHandle(h -> runs.list(h, workspaceId, workflowId, limit));
  }

  public List<RunRecord> children(String parentRunId) {
    return database.withHandle(h -> runs.children(h, parentRunId));
  }

  public List<ActionResult> actions(String runId) {
    return database.withHandle(h -> runs.actions(h, runId));
  }

  public Optional<SavedWorkflow> workflowById(String workspaceId, String id) {
    return database.withHandle(h -> workflows.findById(h, workspaceId, id));
  }

  public Optional<SavedWorkflow> workflowByAlias(String workspaceId, String alias) {
    return database.withHandle(h -> workflows.findByAlias(h, workspaceId, alias));
  }

  public List<SavedWorkflow> workflows(String workspaceId) {
    return database.withHandle(h -> workflows.list(h, workspaceId));
  }
}
