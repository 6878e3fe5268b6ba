package strongroom.engine;

import java.util.List;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunRecord;

/** A stored run with its action invocations (masked) and the ids of its child runs. */
public record RunDetail(RunRecord run, List<ActionResult> actions, List<String> childRunIds) {
  public RunDetail {
    actions = List.copyOf(actions);
    childRunIds = List.copyOf(childRunIds);
  }
}
