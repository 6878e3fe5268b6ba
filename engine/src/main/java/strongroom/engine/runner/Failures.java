package strongroom.engine.runner;

import strongroom.engine.WorkflowException;
import strongroom.engine.registry.ActionException;
import strongroom.expr.ExprException;
import strongroom.secrets.SecretsException;

/**
 * The text stored for a failed attempt. Our own exceptions carry safe messages; anything else is
 * its type and message, which may quote a secret (an HTTP body echoing a key) and is masked
 * before it is stored. Stack traces are never kept.
 */
final class Failures {
  private Failures() {}

  static String describe(Throwable e) {
    if (e instanceof SecretsException || e instanceof WorkflowException || e instanceof ExprException
        || e instanceof ActionException) {
      return e.getMessage();
    }
    if (e instanceof InterruptedException) {
      return "interrupted";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  static boolean retryable(Throwable e) {
    return !Invocation.deterministic(e) && !(e instanceof ChildWorkflowFailedException)
        && !(e instanceof InterruptedException);
  }
}
