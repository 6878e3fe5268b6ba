package strongroom.engine.history;

import java.time.Instant;

/**
 * One run: which workflow (null id for an unsaved file), its parent run, status, environment,
 * trigger inputs as given, the masked result or error, and its times.
 */
public record RunRecord(String id, String workspaceId, String workflowId, String workflowAlias, String parentRunId,
    RunStatus status, String environment, Object triggerInputs, Object result, String error,
    Instant startedAt, Instant finishedAt) {

  public RunRecord finish(RunStatus finalStatus, Object finalResult, String finalError, Instant at) {
    return new RunRecord(id, workspaceId, workflowId, workflowAlias, parentRunId, finalStatus, environment,
        triggerInputs, finalResult, finalError, startedAt, at);
  }
}
