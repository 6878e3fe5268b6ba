package strongroom.engine.registry.template;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import strongroom.engine.registry.Action;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ArgumentChecker;
import strongroom.engine.registry.ArgumentProblem;
import strongroom.engine.registry.RegistrySecret;
import strongroom.expr.EvalContext;
import strongroom.expr.Expressions;
import strongroom.expr.eval.Values;

/**
 * Runs an integration template: its steps in order, each a core action whose arguments are
 * evaluated against {@code inputs} (the template's own checked arguments), {@code steps} (the
 * results so far, {@code steps.<ref>.result}) and {@code SECRETS} (the template's declared
 * secrets, which is how it authenticates without the user writing a SECRETS expression).
 */
final class TemplateAction implements Action {
  private final String name;
  private final List<StepSpec> steps;
  private final Object returns; // null: the last step's result
  private final boolean hasReturns;
  private final Expressions expressions;
  private final List<RegistrySecret> secrets;

  TemplateAction(String name, List<StepSpec> steps, Object returns, boolean hasReturns,
      Expressions expressions, List<RegistrySecret> secrets) {
    this.name = name;
    this.steps = List.copyOf(steps);
    this.returns = returns;
    this.hasReturns = hasReturns;
    this.expressions = expressions;
    this.secrets = List.copyOf(secrets);
  }

  @Override
  public Object execute(ActionContext context) throws Exception {
    Map<String, Object> results = new LinkedHashMap<>();
    EvalContext base = EvalContext.builder()
        .inputs(context.args())
        .env(Map.of("environment", context.environment()))
        .secrets(new SecretsBridge(context.secrets(), secrets))
        .build();
    Object last = null;
    for (StepSpec step : steps) {
      EvalContext here = base.toBuilder().steps(results).build();
      if (step.runIf() != null && !Values.truthy(expressions.evaluate(step.runIf(), here))) {
        continue;
      }
      last = run(step, here, context);
      results.put(step.ref(), java.util.Collections.singletonMap("result", last));
      EvalContext after = base.toBuilder().steps(results).build();
      for (String mask : step.mask()) {
        register(expressions.evaluate(mask, after), context);
      }
    }
    return hasReturns
        ? expressions.evaluate(returns, base.toBuilder().steps(results).build())
        : last;
  }

  @SuppressWarnings("unchecked")
  private Object run(StepSpec step, EvalContext here, ActionContext context) throws Exception {
    Map<String, Object> args = (Map<String, Object>) expressions.evaluate(step.args(), here);
    List<ArgumentProblem> problems = ArgumentChecker.check(step.action(), args);
    if (!problems.isEmpty()) {
      throw new ActionException(prefix(step) + problems.stream().map(ArgumentProblem::message)
          .collect(Collectors.joining("; ")));
    }
    StepContext stepContext =
        new StepContext(context, ArgumentChecker.withDefaults(step.action(), args));
    try {
      return step.action().action().execute(stepContext);
    } catch (ActionException e) {
      throw new ActionException(prefix(step) + e.getMessage(), e);
    }
  }

  private String prefix(StepSpec step) {
    return name + " step `" + step.ref() + "` (" + step.action().name() + "): ";
  }

  private static void register(Object value, ActionContext context) {
    if (value instanceof String s) {
      context.addMaskedValue(s);
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> register(v, context));
    }
  }
}
