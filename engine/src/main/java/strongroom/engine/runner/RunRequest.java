package strongroom.engine.runner;

import java.time.Duration;
import java.time.Instant;
import strongroom.engine.definition.WorkflowDefinition;

/**
 * A run to start: in which workspace (its id), which workflow (null id and alias for a file that
 * was never saved), the validated definition, trigger inputs, the environment override (null:
 * the workflow's {@code config.environment}) and the parent run of a child workflow.
 * {@code recordedInputs} is what the history stores for the inputs (a parent masks what it passes).
 * {@code timeout} (null: none) bounds the run on top of its own {@code config.timeout}: the
 * {@code timeout} a parent's core.workflow.execute gives its children.
 */
public record RunRequest(String workspaceId, String workflowId, String workflowAlias, WorkflowDefinition definition,
    Object triggerInputs, Object recordedInputs, String environment, String parentRunId, Duration timeout) {

  public static RunRequest of(String workspaceId, String workflowId, WorkflowDefinition definition,
      Object triggerInputs, String environment) {
    return new RunRequest(workspaceId, workflowId, definition.alias(), definition, triggerInputs, triggerInputs,
        environment, null, null);
  }

  /** The same request with the inputs the schema check produced (defaults filled in). */
  public RunRequest withTriggerInputs(Object inputs) {
    return new RunRequest(workspaceId, workflowId, workflowAlias, definition, inputs, recordedInputs, environment,
        parentRunId, timeout);
  }

  /** When the run must end: the earlier of its {@code config.timeout} and {@link #timeout}, from {@code start}. */
  public Instant deadline(Instant start) {
    Duration own = definition.config().timeout();
    Duration limit = own == null ? timeout : timeout == null ? own : own.compareTo(timeout) <= 0 ? own : timeout;
    return limit == null ? null : start.plus(limit);
  }

  /** The run's environment: the override, else the workflow's config (whose own default is {@code default}). */
  public String runEnvironment() {
    return environment != null && !environment.isBlank() ? environment : definition.config().environment();
  }
}
