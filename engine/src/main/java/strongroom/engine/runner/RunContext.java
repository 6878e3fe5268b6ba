package strongroom.engine.runner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import strongroom.engine.history.ActionResult;
import strongroom.expr.EvalContext;

/**
 * The state of one run while it executes: the masked records other actions read through
 * {@code ACTIONS}, the invocations to store, and the run's deadline. Holds no secret value.
 */
final class RunContext {
  private final String runId;
  private final RunRequest request;
  private final String environment;
  private final Instant deadline;
  private final Map<String, Object> actions = new ConcurrentHashMap<>();
  private final List<ActionResult> results = new ArrayList<>();

  RunContext(String runId, RunRequest request, Instant deadline) {
    this.runId = runId;
    this.request = request;
    this.environment = request.runEnvironment();
    this.deadline = deadline;
  }

  String runId() {
    return runId;
  }

  RunRequest request() {
    return request;
  }

  String environment() {
    return environment;
  }

  /** When the run must be over; null without a config timeout. */
  Instant deadline() {
    return deadline;
  }

  /** Publishes an action's masked record ({@code result}, {@code error}, {@code status}) to later actions. */
  void publish(String ref, Object result, String error, String status) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("result", result);
    record.put("error", error);
    record.put("status", status);
    actions.put(ref, record);
  }

  synchronized void record(List<ActionResult> invocations) {
    results.addAll(invocations);
  }

  synchronized List<ActionResult> results() {
    return List.copyOf(results);
  }

  Map<String, Object> actionRecords() {
    return Map.copyOf(actions);
  }

  /** The context templates of this run evaluate in, before loop variables and secrets. */
  EvalContext evalContext() {
    Map<String, Object> workflow = new LinkedHashMap<>();
    workflow.put("id", request.workflowId());
    workflow.put("alias", request.workflowAlias());
    workflow.put("execution_id", runId);
    workflow.put("parent_run_id", request.parentRunId());
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("environment", environment);
    env.put("workflow", workflow);
    return EvalContext.builder().actions(new LinkedHashMap<>(actions)).trigger(request.triggerInputs()).env(env).build();
  }
}
