package strongroom.engine.runner;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import strongroom.engine.definition.InputsSchema;
import strongroom.engine.history.RunRecord;
import strongroom.engine.history.RunStatus;

/**
 * The default executor: every run, action and for_each iteration on its own virtual thread in this
 * process. Run history is written when a run starts and, in one transaction, when it ends.
 */
public final class EmbeddedExecutor implements WorkflowExecutor {
  private final EngineServices services;
  private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
      Thread.ofVirtual().name("strongroom-run-", 0).factory());
  private final WorkflowRun runner;

  public EmbeddedExecutor(EngineServices services) {
    this.services = services;
    ChildRunner.Factory children = (parent, ref, mask) -> new ChildRunner(this, services.lookup(), parent, mask);
    this.runner = new WorkflowRun(services, threads, new ActionRunner(services, threads, children));
  }

  @Override
  public RunHandle submit(RunRequest given) {
    String runId = UUID.randomUUID().toString();
    InputsSchema.Checked inputs = InputsSchema.apply(given.definition().inputs(), given.triggerInputs());
    RunRequest request = inputs.problems().isEmpty() ? given.withTriggerInputs(inputs.inputs()) : given;
    Instant started = services.clock().instant();
    Instant deadline = request.deadline(started);
    RunContext context = new RunContext(runId, request, deadline);
    RunRecord record = new RunRecord(runId, request.workspaceId(), request.workflowId(), request.workflowAlias(),
        request.parentRunId(), RunStatus.RUNNING, context.environment(), request.recordedInputs(), null, null,
        started, null);
    services.history().started(record);
    CompletableFuture<RunOutcome> outcome = CompletableFuture.supplyAsync(() -> {
      RunOutcome result;
      try {
        // Inputs that break the workflow's schema fail the run before any action starts.
        result = inputs.problems().isEmpty() ? runner.execute(context)
            : new RunOutcome(runId, RunStatus.FAILED, context.environment(), null,
                "invalid trigger inputs: " + String.join("; ", inputs.problems()), context.results());
      } catch (RuntimeException e) {
        // A bug in the engine, not in the workflow: the run is marked failed with the type only.
        result = new RunOutcome(runId, RunStatus.FAILED, context.environment(), null,
            "internal error: " + e.getClass().getSimpleName(), context.results());
      }
      services.history().finished(record.finish(result.status(), result.result(), result.error(),
          services.clock().instant()), result.actions());
      return result;
    }, threads);
    return new RunHandle(runId, outcome);
  }

  @Override
  public void close() {
    threads.shutdown();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    threads.shutdownNow();
  }
}
