package strongroom.engine;

/**
 * Root of the failures the workflow engine reports on purpose. Messages quote identifiers and
 * source text only (refs, argument names, secret names, environments), never a value.
 */
public class WorkflowException extends RuntimeException {
  public WorkflowException(String message) {
    super(message);
  }

  public WorkflowException(String message, Throwable cause) {
    super(message, cause);
  }
}
