package strongroom.server.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.engine.RunDetail;
import strongroom.engine.SaveResult;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunRecord;
import strongroom.engine.history.SavedWorkflow;
import strongroom.engine.runner.RunOutcome;
import strongroom.server.http.ErrorResponses;

/** JSON shapes of workflows and runs; results, errors and logs are the engine's masked forms. */
final class WorkflowViews {
  private WorkflowViews() {}

  static Map<String, Object> workflow(SavedWorkflow w, boolean withSource) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", w.id());
    out.put("workspace_id", w.workspaceId());
    out.put("alias", w.alias());
    out.put("title", w.title());
    out.put("created_at", time(w.createdAt()));
    out.put("created_by", w.createdBy());
    out.put("updated_at", time(w.updatedAt()));
    out.put("updated_by", w.updatedBy());
    if (withSource) {
      out.put("source", w.source());
    }
    return out;
  }

  static Map<String, Object> saved(SaveResult result) {
    Map<String, Object> out = workflow(result.workflow(), false);
    out.put("created", result.created());
    out.put("warnings", ErrorResponses.problems(result.report().warnings()));
    return out;
  }

  static Map<String, Object> run(RunRecord r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id());
    out.put("workflow_id", r.workflowId());
    out.put("workflow_alias", r.workflowAlias());
    out.put("parent_run_id", r.parentRunId());
    out.put("status", r.status().wireName());
    out.put("environment", r.environment());
    out.put("result", r.result());
    out.put("error", r.error());
    out.put("started_at", time(r.startedAt()));
    out.put("finished_at", time(r.finishedAt()));
    return out;
  }

  static Map<String, Object> outcome(RunOutcome o) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", o.runId());
    out.put("status", o.status().wireName());
    out.put("environment", o.environment());
    out.put("result", o.result());
    out.put("error", o.error());
    out.put("actions", actions(o.actions()));
    return out;
  }

  static Map<String, Object> detail(RunDetail d) {
    Map<String, Object> out = run(d.run());
    out.put("actions", actions(d.actions()));
    out.put("child_run_ids", d.childRunIds());
    return out;
  }

  private static List<Map<String, Object>> actions(List<ActionResult> actions) {
    return actions.stream().map(WorkflowViews::action).toList();
  }

  private static Map<String, Object> action(ActionResult a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ref", a.ref());
    out.put("iteration", a.iteration());
    out.put("action", a.action());
    out.put("status", a.status().wireName());
    out.put("environment", a.environment());
    out.put("attempts", a.attempts());
    out.put("result", a.result());
    out.put("error", a.error());
    out.put("logs", a.logs());
    out.put("started_at", time(a.startedAt()));
    out.put("finished_at", time(a.finishedAt()));
    return out;
  }

  private static String time(Instant at) {
    return at == null ? null : at.toString();
  }
}
