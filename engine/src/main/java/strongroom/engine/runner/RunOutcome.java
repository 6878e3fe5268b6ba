package strongroom.engine.runner;

import java.util.List;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunStatus;

/** A finished run: status, masked result ({@code returns}) or error, and every action invocation. */
public record RunOutcome(String runId, RunStatus status, String environment, Object result, String error,
    List<ActionResult> actions) {
  public RunOutcome {
    actions = List.copyOf(actions);
  }

  public boolean succeeded() {
    return status == RunStatus.SUCCEEDED;
  }

  /** The invocations of one action, in iteration order. */
  public List<ActionResult> action(String ref) {
    return actions.stream().filter(a -> a.ref().equals(ref))
        .sorted(java.util.Comparator.comparingInt(ActionResult::iteration)).toList();
  }
}
