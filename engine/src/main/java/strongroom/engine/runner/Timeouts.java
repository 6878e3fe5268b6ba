package strongroom.engine.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import strongroom.engine.WorkflowException;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.definition.Durations;
import strongroom.engine.registry.Action;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionSpec;

/** How long an attempt may take, and running an action under that limit. */
final class Timeouts {
  private Timeouts() {}

  /** An attempt ran out of time (its own limit or the run's deadline). */
  static final class ActionTimeoutException extends WorkflowException {
    ActionTimeoutException(Duration limit) {
      super("timed out after " + limit.toMillis() + " ms");
    }
  }

  /**
   * The retry policy's timeout, else a child workflow's {@code timeout} argument, else the
   * engine's default; never past the run's deadline.
   */
  static Duration attemptTimeout(ActionStatement statement, ActionSpec spec, Map<String, Object> args,
      EngineSettings settings, Instant deadline, Clock clock) {
    Duration timeout = statement.retry().timeout();
    if (timeout == null && WorkflowExecuteAction.NAME.equals(spec.name()) && args.get("timeout") != null) {
      timeout = Durations.parse(args.get("timeout"));
    }
    if (timeout == null) {
      timeout = settings.actionTimeout();
    }
    if (deadline != null) {
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.compareTo(timeout) < 0) {
        timeout = left.isNegative() ? Duration.ZERO : left;
      }
    }
    return timeout;
  }

  /** Runs the action on its own virtual thread, interrupting it when the limit passes. */
  static Object call(ExecutorService threads, Action action, ActionContext context, Duration limit) throws Exception {
    if (limit.isZero()) {
      throw new ActionTimeoutException(limit);
    }
    Future<Object> future = threads.submit(() -> action.execute(context));
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ActionTimeoutException(limit);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw new WorkflowException("the action failed with " + cause.getClass().getSimpleName());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  /** Sleeps for a retry delay, but not past the run's deadline. */
  static void sleep(Duration delay, Instant deadline, Clock clock) {
    Duration wait = delay;
    if (deadline != null) {
      Duration left = Duration.between(clock.instant(), deadline);
      wait = left.compareTo(wait) < 0 ? left : wait;
    }
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
