package strongroom.engine.runner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.definition.InvalidArgumentsException;
import strongroom.engine.definition.SecretRequirements;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunStatus;
import strongroom.engine.masking.Masker;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentChecker;
import strongroom.engine.registry.ArgumentProblem;
import strongroom.expr.EvalContext;
import strongroom.expr.ExprException;
import strongroom.secrets.Actor;
import strongroom.secrets.MissingSecretsException;
import strongroom.secrets.ResolvedSecrets;

/**
 * One invocation of an action (one for_each iteration), tried up to its retry policy's attempts.
 * Each attempt resolves its secrets in one call, evaluates and checks the args, runs the action
 * under a timeout, masks what it left behind and closes the secret holder, whatever happened.
 */
final class Invocation {
  private final EngineServices services;
  private final ExecutorService threads;
  private final RunContext run;
  private final ActionStatement statement;
  private final ActionSpec spec;
  private final SecretRequirements requirements;
  private final ChildRunner.Factory children;

  Invocation(EngineServices services, ExecutorService threads, RunContext run, ActionStatement statement,
      ActionSpec spec, SecretRequirements requirements, ChildRunner.Factory children) {
    this.services = services;
    this.threads = threads;
    this.run = run;
    this.statement = statement;
    this.spec = spec;
    this.requirements = requirements;
    this.children = children;
  }

  ActionResult run(EvalContext context, String environment, int iteration) {
    Instant started = services.clock().instant();
    Attempt last = null;
    int attempt = 0;
    while (attempt < statement.retry().maxAttempts()) {
      attempt++;
      last = attempt(context, environment);
      if (last.error == null || !last.retryable) {
        break;
      }
      if (attempt < statement.retry().maxAttempts()) {
        Timeouts.sleep(statement.retry().delay(), run.deadline(), services.clock());
      }
    }
    RunStatus status = last.error == null ? RunStatus.SUCCEEDED : last.timedOut ? RunStatus.TIMED_OUT : RunStatus.FAILED;
    return new ActionResult(run.runId(), statement.ref(), iteration, statement.action(), status, environment, attempt,
        last.result, last.error, last.logs, started, services.clock().instant());
  }

  /** What one attempt left behind, already masked. */
  private record Attempt(Object result, String error, List<String> logs, boolean retryable, boolean timedOut) {}

  private Attempt attempt(EvalContext context, String environment) {
    List<Collection<String>> secretValues = new ArrayList<>();
    InvocationContext actionContext = null;
    ResolvedSecrets resolved = null;
    try {
      resolved = resolve(environment);
      for (String name : resolved.names()) {
        List<String> values = new ArrayList<>();
        for (String key : resolved.keys(name)) {
          values.add(resolved.value(name, key).reveal());
        }
        secretValues.add(values);
      }
      checkKeys(resolved);
      ResolvedActionSecrets secrets = new ResolvedActionSecrets(resolved);
      EvalContext withSecrets = context.toBuilder().secrets(secrets.lookup()).build();
      @SuppressWarnings("unchecked")
      Map<String, Object> evaluated = (Map<String, Object>) services.expressions().evaluate(statement.args(), withSecrets);
      List<ArgumentProblem> problems = ArgumentChecker.check(spec, evaluated);
      if (!problems.isEmpty()) {
        throw new InvalidArgumentsException(statement.ref(), problems.stream().map(ArgumentProblem::message).toList());
      }
      Map<String, Object> args = ArgumentChecker.withDefaults(spec, evaluated);
      Duration timeout = Timeouts.attemptTimeout(statement, spec, args, services.settings(), run.deadline(), services.clock());
      List<Collection<String>> values = secretValues;
      InvocationContext[] holder = new InvocationContext[1];
      actionContext = new InvocationContext(args, secrets, environment, timeout,
          children.create(run, statement.ref(), value -> holder[0].masker().mask(value)), values);
      holder[0] = actionContext;
      Object result = Timeouts.call(threads, spec.action(), actionContext, timeout);
      Masker masker = actionContext.masker();
      return new Attempt(masker.mask(ResultValues.toJson(result)), null, maskLines(masker, actionContext.logs()), false, false);
    } catch (Exception e) {
      Masker masker = actionContext != null ? actionContext.masker() : InvocationContext.buildMasker(secretValues, List.of());
      List<String> logs = actionContext == null ? List.of() : maskLines(masker, actionContext.logs());
      return new Attempt(null, masker.mask(Failures.describe(e)), logs, Failures.retryable(e),
          e instanceof Timeouts.ActionTimeoutException);
    } finally {
      if (resolved != null) {
        resolved.close();
      }
      secretValues.clear();
    }
  }

  /**
   * One resolve for every secret the action needs. Declared optional secrets that are not stored
   * are dropped and the rest resolved again: the only case with a second call.
   */
  private ResolvedSecrets resolve(String environment) {
    Set<String> names = requirements.names();
    Actor actor = Actor.run(run.runId(), statement.ref());
    try {
      return services.resolver().resolve(run.request().workspaceId(), environment, names, actor);
    } catch (MissingSecretsException e) {
      Set<String> optional = requirements.optionalNames();
      List<String> required = e.missing().stream().filter(n -> !optional.contains(n)).toList();
      if (!required.isEmpty()) {
        throw required.size() == e.missing().size() ? e : new MissingSecretsException(environment, required);
      }
      Set<String> present = new LinkedHashSet<>(names);
      e.missing().forEach(present::remove);
      return services.resolver().resolve(run.request().workspaceId(), environment, present, actor);
    }
  }

  private void checkKeys(ResolvedSecrets resolved) {
    List<String> problems = requirements.problems(resolved.environment(),
            name -> resolved.names().contains(name) ? resolved.keys(name) : null)
        .stream().map(p -> p.message()).toList();
    if (!problems.isEmpty()) {
      throw new SecretProblemsException(resolved.environment(), problems);
    }
  }

  private static List<String> maskLines(Masker masker, List<String> lines) {
    return lines.stream().map(masker::mask).toList();
  }

  /** Exceptions whose retry could not help: the same inputs fail the same way. */
  static boolean deterministic(Throwable e) {
    return e instanceof MissingSecretsException || e instanceof SecretProblemsException
        || e instanceof InvalidArgumentsException || e instanceof ExprException;
  }
}
