package strongroom.engine.registry;

/**
 * An action failed in a way it can describe: a bad response, a timeout, an argument combination
 * the schema cannot express. Messages name arguments, URLs and statuses, never secret values; the
 * runner masks them anyway.
 */
public class ActionException extends RuntimeException {
  public ActionException(String message) {
    super(message);
  }

  public ActionException(String message, Throwable cause) {
    super(message, cause);
  }
}
