package strongroom.engine.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import strongroom.engine.definition.ActionReferences;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.definition.DependencyGraph;
import strongroom.engine.definition.WorkflowDefinition;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunStatus;
import strongroom.expr.ExprException;
import strongroom.expr.Expressions;

/**
 * Runs the graph of one run: each action starts when everything it depends on (explicitly or
 * through {@code ACTIONS.<ref>}) has finished, so independent actions run in parallel. An action
 * whose upstream did not succeed is skipped. The run fails when any action failed.
 */
final class WorkflowRun {
  private final EngineServices services;
  private final ExecutorService threads;
  private final ActionRunner actions;

  WorkflowRun(EngineServices services, ExecutorService threads, ActionRunner actions) {
    this.services = services;
    this.threads = threads;
    this.actions = actions;
  }

  RunOutcome execute(RunContext run) {
    WorkflowDefinition definition = run.request().definition();
    Expressions expressions = services.expressions();
    Map<String, ActionReferences> references = new LinkedHashMap<>();
    definition.actions().forEach(a -> references.put(a.ref(), ActionReferences.of(a, expressions)));
    DependencyGraph graph = DependencyGraph.of(definition, references);
    Map<String, CompletableFuture<RunStatus>> done = new LinkedHashMap<>();
    for (ActionStatement action : order(definition, graph)) {
      List<CompletableFuture<RunStatus>> upstream = graph.upstream(action.ref()).stream().map(done::get).toList();
      CompletableFuture<RunStatus> future = CompletableFuture.allOf(upstream.toArray(CompletableFuture[]::new))
          .thenApplyAsync(ignored -> {
            if (upstream.stream().anyMatch(f -> f.join() != RunStatus.SUCCEEDED)) {
              run.record(List.of(skipped(run, action)));
              run.publish(action.ref(), null, null, RunStatus.SKIPPED.wireName());
              return RunStatus.SKIPPED;
            }
            return actions.run(run, action);
          }, threads);
      done.put(action.ref(), future);
    }
    CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new)).join();
    List<String> failures = new ArrayList<>();
    boolean timedOut = false;
    for (Map.Entry<String, CompletableFuture<RunStatus>> e : done.entrySet()) {
      RunStatus status = e.getValue().join();
      if (status == RunStatus.FAILED || status == RunStatus.TIMED_OUT) {
        timedOut |= status == RunStatus.TIMED_OUT;
        failures.add("action `" + e.getKey() + "`: " + firstError(run, e.getKey()));
      }
    }
    Object result = null;
    String error = failures.isEmpty() ? null : String.join("; ", failures);
    if (failures.isEmpty() && definition.returns() != null) {
      try {
        result = expressions.evaluate(definition.returns(), run.evalContext());
      } catch (ExprException e) {
        error = "returns: " + e.getMessage();
      }
    }
    RunStatus status = error == null ? RunStatus.SUCCEEDED : timedOut ? RunStatus.TIMED_OUT : RunStatus.FAILED;
    return new RunOutcome(run.runId(), status, run.environment(), result, error, run.results());
  }

  private static String firstError(RunContext run, String ref) {
    Object record = run.actionRecords().get(ref);
    return record instanceof Map<?, ?> m && m.get("error") != null ? String.valueOf(m.get("error")) : "failed";
  }

  private ActionResult skipped(RunContext run, ActionStatement action) {
    return new ActionResult(run.runId(), action.ref(), 0, action.action(), RunStatus.SKIPPED, null, 0, null,
        "skipped: an upstream action did not succeed", List.of(), services.clock().instant(), services.clock().instant());
  }

  /** A topological order (the definition was validated, so there is no cycle). */
  private static List<ActionStatement> order(WorkflowDefinition definition, DependencyGraph graph) {
    Map<String, ActionStatement> byRef = new LinkedHashMap<>();
    definition.actions().forEach(a -> byRef.put(a.ref(), a));
    List<ActionStatement> out = new ArrayList<>();
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (String ref : byRef.keySet()) {
      place(ref, byRef, graph, placed, out);
    }
    return out;
  }

  private static void place(String ref, Map<String, ActionStatement> byRef, DependencyGraph graph,
      java.util.Set<String> placed, List<ActionStatement> out) {
    if (!placed.add(ref)) {
      return;
    }
    for (String dep : graph.upstream(ref)) {
      place(dep, byRef, graph, placed, out);
    }
    out.add(byRef.get(ref));
  }
}
