package strongroom.engine.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import strongroom.engine.WorkflowNotFoundException;
import strongroom.engine.definition.Durations;
import strongroom.engine.history.RunStatus;
import strongroom.engine.registry.ChildWorkflows;

/**
 * Starts child runs for one invocation of {@code core.workflow.execute}, through the executor
 * that runs the parent. A child's environment is the one asked for, else its own
 * {@code config.environment}: the parent's is never inherited.
 */
final class ChildRunner implements ChildWorkflows {
  /** Makes the child runner of one invocation. */
  @FunctionalInterface
  interface Factory {
    ChildWorkflows create(RunContext parent, String ref, UnaryOperator<Object> maskForHistory);
  }

  private final WorkflowExecutor executor;
  private final WorkflowLookup lookup;
  private final RunContext parent;
  private final UnaryOperator<Object> maskForHistory;

  ChildRunner(WorkflowExecutor executor, WorkflowLookup lookup, RunContext parent, UnaryOperator<Object> maskForHistory) {
    this.executor = executor;
    this.lookup = lookup;
    this.parent = parent;
    this.maskForHistory = maskForHistory;
  }

  @Override
  public List<ChildOutcome> runAndWait(List<ChildRun> runs, Map<String, Object> strategy) {
    Duration timeout = timeout(strategy);
    List<RunHandle> handles = new ArrayList<>(runs.size());
    for (ChildRun run : runs) {
      handles.add(start(run, timeout));
    }
    List<ChildOutcome> out = new ArrayList<>(handles.size());
    for (RunHandle handle : handles) {
      try {
        RunOutcome outcome = timeout == null ? handle.outcome().get()
            : handle.outcome().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        out.add(new ChildOutcome(outcome.runId(), outcome.status().wireName(), outcome.result(), outcome.error()));
      } catch (TimeoutException e) {
        out.add(new ChildOutcome(handle.runId(), RunStatus.TIMED_OUT.wireName(), null,
            "did not finish within " + timeout.toMillis() + " ms"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        out.add(new ChildOutcome(handle.runId(), RunStatus.FAILED.wireName(), null, "interrupted"));
      } catch (java.util.concurrent.ExecutionException e) {
        out.add(new ChildOutcome(handle.runId(), RunStatus.FAILED.wireName(), null, "the child run crashed"));
      }
    }
    return out;
  }

  @Override
  public List<String> startDetached(List<ChildRun> runs) {
    List<String> ids = new ArrayList<>(runs.size());
    for (ChildRun run : runs) {
      ids.add(start(run, null).runId());
    }
    return ids;
  }

  private static Duration timeout(Map<String, Object> strategy) {
    return strategy == null || strategy.get("timeout") == null ? null : Durations.parse(strategy.get("timeout"));
  }

  /** Starts one child; {@code timeout} also bounds the child itself, so it stops rather than runs on unseen. */
  private RunHandle start(ChildRun run, Duration timeout) {
    String workspaceId = parent.request().workspaceId();
    WorkflowLookup.Found found = lookup.find(workspaceId, run.workflowId(), run.workflowAlias())
        .orElseThrow(() -> new WorkflowNotFoundException(run.workflowId() != null
            ? "no saved workflow with id `" + run.workflowId() + "`"
            : "no saved workflow with alias `" + run.workflowAlias() + "`"));
    return executor.submit(new RunRequest(workspaceId, found.id(), found.alias(), found.definition(),
        run.triggerInputs(), maskForHistory.apply(run.triggerInputs()), run.environment(), parent.runId(), timeout));
  }
}
