package strongroom.engine.history;

import java.time.Instant;
import java.util.List;

/**
 * One action invocation of a run, as stored: masked result, masked error and masked log lines.
 * {@code iteration} is the for_each index (0 without one).
 */
public record ActionResult(String runId, String ref, int iteration, String action, RunStatus status,
    String environment, int attempts, Object result, String error, List<String> logs,
    Instant startedAt, Instant finishedAt) {
  public ActionResult {
    logs = logs == null ? List.of() : List.copyOf(logs);
  }
}
