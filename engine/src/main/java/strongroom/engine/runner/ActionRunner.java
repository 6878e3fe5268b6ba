package strongroom.engine.runner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import strongroom.engine.WorkflowException;
import strongroom.engine.definition.ActionReferences;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.definition.SecretRequirements;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunStatus;
import strongroom.engine.registry.ActionSpec;
import strongroom.expr.EvalContext;
import strongroom.expr.ExprException;
import strongroom.expr.syntax.TemplateScanner;

/**
 * Runs one action of a run: its {@code run_if}, then one invocation, or one per {@code for_each}
 * binding under the loop strategy; records every invocation and publishes the action's masked
 * record (for_each results as a list in iteration order, null where an iteration failed).
 */
final class ActionRunner {
  private final EngineServices services;
  private final ExecutorService threads;
  private final ChildRunner.Factory children;

  ActionRunner(EngineServices services, ExecutorService threads, ChildRunner.Factory children) {
    this.services = services;
    this.threads = threads;
    this.children = children;
  }

  RunStatus run(RunContext run, ActionStatement statement) {
    Instant started = services.clock().instant();
    ActionSpec spec = services.registry().find(statement.action())
        .orElseThrow(() -> new WorkflowException("no action `" + statement.action() + "` in the registry"));
    EvalContext base = run.evalContext();
    try {
      if (statement.runIf() != null && !truthy(services.expressions().evaluate(statement.runIf(), base))) {
        return finish(run, statement, List.of(result(run, statement, 0, RunStatus.SKIPPED, null, null, started)), false, false);
      }
      SecretRequirements requirements = SecretRequirements.of(statement.ref(), spec,
          ActionReferences.of(statement, services.expressions()));
      Invocation invocation = new Invocation(services, threads, run, statement, spec, requirements, children);
      if (!statement.loops()) {
        return finish(run, statement, List.of(iteration(invocation, statement, base, run, 0)), false, true);
      }
      List<String> iterators = statement.forEach().stream().map(ActionReferences::asTemplate).toList();
      List<Map<String, Object>> bindings = services.expressions().iterate(iterators, base);
      int max = services.settings().maxIterations();
      if (bindings.size() > max) {
        throw new WorkflowException("for_each yields " + bindings.size() + " iterations; the limit is " + max);
      }
      LoopStrategy strategy = LoopStrategy.of(statement, services.expressions(), base, max);
      List<ActionResult> results = strategy.runAll(bindings.size(), threads,
          i -> iteration(invocation, statement, base.toBuilder().var(bindings.get(i)).build(), run, i));
      return finish(run, statement, results, true, strategy.failAll());
    } catch (ExprException | WorkflowException e) {
      // run_if and for_each never see secrets (the validator allows SECRETS in args only), so nothing to mask.
      return finish(run, statement, List.of(result(run, statement, 0, RunStatus.FAILED, null, e.getMessage(), started)), false, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return finish(run, statement, List.of(result(run, statement, 0, RunStatus.FAILED, null, "interrupted", started)), false, true);
    }
  }

  private ActionResult iteration(Invocation invocation, ActionStatement statement, EvalContext context, RunContext run, int i) {
    Instant started = services.clock().instant();
    String environment;
    try {
      environment = environment(statement, context, run);
    } catch (ExprException | WorkflowException e) {
      return result(run, statement, i, RunStatus.FAILED, null, e.getMessage(), started);
    }
    return invocation.run(context, environment, i);
  }

  /** The action's override (a literal or a template over loop variables), else the run's environment. */
  private String environment(ActionStatement statement, EvalContext context, RunContext run) {
    String override = statement.environment();
    if (override == null) {
      return run.environment();
    }
    Object value = TemplateScanner.mayContainTemplate(override) ? services.expressions().evaluate(override, context) : override;
    if (!(value instanceof String s) || s.isBlank()) {
      throw new WorkflowException("environment must evaluate to a non-empty string");
    }
    return s;
  }

  private RunStatus finish(RunContext run, ActionStatement statement, List<ActionResult> results, boolean loop,
      boolean failAll) {
    run.record(results);
    if (!loop) {
      ActionResult only = results.get(0);
      run.publish(statement.ref(), only.result(), only.error(), only.status().wireName());
      return only.status();
    }
    List<Object> values = new ArrayList<>(results.size());
    List<String> errors = new ArrayList<>();
    boolean anyFailed = false;
    for (ActionResult r : results) {
      values.add(r.result());
      if (r.status() == RunStatus.FAILED || r.status() == RunStatus.TIMED_OUT) {
        anyFailed = true;
        if (errors.size() < 10) {
          errors.add("iteration " + r.iteration() + ": " + r.error());
        }
      }
    }
    RunStatus status = anyFailed && failAll ? RunStatus.FAILED : RunStatus.SUCCEEDED;
    run.publish(statement.ref(), values, errors.isEmpty() ? null : String.join("; ", errors), status.wireName());
    return status;
  }

  private ActionResult result(RunContext run, ActionStatement statement, int iteration, RunStatus status,
      Object result, String error, Instant started) {
    return new ActionResult(run.runId(), statement.ref(), iteration, statement.action(), status, null, 0, result,
        error, List.of(), started, services.clock().instant());
  }

  static boolean truthy(Object value) {
    return switch (value) {
      case null -> false;
      case Boolean b -> b;
      case Number n -> n.doubleValue() != 0;
      case String s -> !s.isEmpty();
      case Collection<?> c -> !c.isEmpty();
      case Map<?, ?> m -> !m.isEmpty();
      default -> true;
    };
  }
}
