package strongroom.engine.history;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The run history tables: runs and their action invocations. Everything given to it is already masked. */
public final class RunRepository {
  private static final RowMapper<RunRecord> RUN = (rs, ctx) -> new RunRecord(
      rs.getString("id"), rs.getString("workspace_id"), rs.getString("workflow_id"), rs.getString("workflow_alias"),
      rs.getString("parent_run_id"), RunStatus.valueOf(rs.getString("status")), rs.getString("environment"),
      StoredForms.parse(rs.getString("trigger_inputs")), StoredForms.parse(rs.getString("result")),
      rs.getString("error"), StoredForms.instant(rs.getLong("started_at")),
      finishedAt(rs));
  /** Null while the run is still going; SQLite's driver cannot read a NULL through getObject(Long.class). */
  private static java.time.Instant finishedAt(java.sql.ResultSet rs) throws java.sql.SQLException {
    long micros = rs.getLong("finished_at");
    return rs.wasNull() ? null : StoredForms.instant(micros);
  }

  @SuppressWarnings("unchecked")
  private static final RowMapper<ActionResult> ACTION = (rs, ctx) -> new ActionResult(
      rs.getString("run_id"), rs.getString("ref"), rs.getInt("iteration"), rs.getString("action"),
      RunStatus.valueOf(rs.getString("status")), rs.getString("environment"), rs.getInt("attempts"),
      StoredForms.parse(rs.getString("result")), rs.getString("error"),
      (List<String>) StoredForms.parse(rs.getString("logs")),
      StoredForms.instant(rs.getLong("started_at")), StoredForms.instant(rs.getLong("finished_at")));

  public void insert(Handle handle, RunRecord run) {
    handle.createUpdate("INSERT INTO workflow_runs (id, workspace_id, workflow_id, workflow_alias, parent_run_id, status,"
            + " environment, trigger_inputs, result, error, started_at, finished_at) VALUES (:id, :ws, :wf, :alias,"
            + " :parent, :status, :env, :inputs, :result, :error, :started, :finished)")
        .bind("id", run.id()).bind("ws", run.workspaceId()).bind("wf", run.workflowId())
        .bind("alias", run.workflowAlias()).bind("parent", run.parentRunId()).bind("status", run.status().name())
        .bind("env", run.environment()).bind("inputs", StoredForms.json(run.triggerInputs()))
        .bind("result", StoredForms.json(run.result())).bind("error", run.error())
        .bind("started", StoredForms.micros(run.startedAt()))
        .bind("finished", run.finishedAt() == null ? null : StoredForms.micros(run.finishedAt()))
        .execute();
  }

  public void finish(Handle handle, RunRecord run) {
    handle.createUpdate("UPDATE workflow_runs SET status = :status, result = :result, error = :error,"
            + " finished_at = :finished WHERE id = :id")
        .bind("id", run.id()).bind("status", run.status().name()).bind("result", StoredForms.json(run.result()))
        .bind("error", run.error()).bind("finished", StoredForms.micros(run.finishedAt()))
        .execute();
  }

  public void insertActions(Handle handle, List<ActionResult> results) {
    if (results.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("INSERT INTO workflow_action_results (run_id, ref, iteration, action,"
        + " status, environment, attempts, result, error, logs, started_at, finished_at) VALUES (:run, :ref, :iteration,"
        + " :action, :status, :env, :attempts, :result, :error, :logs, :started, :finished)");
    for (ActionResult r : results) {
      batch.bind("run", r.runId()).bind("ref", r.ref()).bind("iteration", r.iteration()).bind("action", r.action())
          .bind("status", r.status().name()).bind("env", r.environment()).bind("attempts", r.attempts())
          .bind("result", StoredForms.json(r.result())).bind("error", r.error())
          .bind("logs", StoredForms.json(r.logs())).bind("started", StoredForms.micros(r.startedAt()))
          .bind("finished", StoredForms.micros(r.finishedAt())).add();
    }
    batch.execute();
  }

  /**
   * Clears {@code workflow_id} on a workflow's runs, so the workflow's row can go while they stay:
   * they keep {@code workflow_alias}, like runs of a file that was never saved. Returns how many.
   */
  public int detach(Handle handle, String workspaceId, String workflowId) {
    return handle.createUpdate("UPDATE workflow_runs SET workflow_id = NULL"
            + " WHERE workspace_id = :ws AND workflow_id = :wf")
        .bind("ws", workspaceId).bind("wf", workflowId).execute();
  }

  public Optional<RunRecord> find(Handle handle, String workspaceId, String runId) {
    return handle.createQuery("SELECT * FROM workflow_runs WHERE workspace_id = :ws AND id = :id")
        .bind("ws", workspaceId).bind("id", runId).map(RUN).findOne();
  }

  /** Runs of a workspace, newest first; {@code workflowId} null for all. */
  public List<RunRecord> list(Handle handle, String workspaceId, String workflowId, int limit) {
    String filter = workflowId == null ? "" : " AND workflow_id = :wf";
    var query = handle.createQuery("SELECT * FROM workflow_runs WHERE workspace_id = :ws" + filter
        + " ORDER BY started_at DESC, id LIMIT :limit").bind("ws", workspaceId).bind("limit", limit);
    if (workflowId != null) {
      query.bind("wf", workflowId);
    }
    return query.map(RUN).list();
  }

  public List<RunRecord> children(Handle handle, String parentRunId) {
    return handle.createQuery("SELECT * FROM workflow_runs WHERE parent_run_id = :p ORDER BY started_at, id")
        .bind("p", parentRunId).map(RUN).list();
  }

  public List<ActionResult> actions(Handle handle, String runId) {
    return handle.createQuery("SELECT * FROM workflow_action_results WHERE run_id = :run ORDER BY started_at, ref, iteration")
        .bind("run", runId).map(ACTION).list();
  }
}
