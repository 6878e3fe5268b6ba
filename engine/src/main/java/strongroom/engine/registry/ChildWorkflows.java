package strongroom.engine.registry;

import java.util.List;
import java.util.Map;

/** Lets core.workflow.execute start child runs through the runner that is running it. */
public interface ChildWorkflows {
  /** One child run to start: which workflow, its trigger inputs, and its environment (null: the child's own). */
  record ChildRun(String workflowId, String workflowAlias, Object triggerInputs, String environment) {}

  /** The outcome of one child run: its id, status, result (masked) or error. */
  record ChildOutcome(String runId, String status, Object result, String error) {}

  /** Runs the children and waits for them, in order of the requests. */
  List<ChildOutcome> runAndWait(List<ChildRun> runs, Map<String, Object> strategy);

  /** Starts the children without waiting; returns their run ids. */
  List<String> startDetached(List<ChildRun> runs);
}
