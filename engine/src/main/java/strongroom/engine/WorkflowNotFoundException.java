package strongroom.engine;

/** No saved workflow or run with that id or alias in the workspace. */
public final class WorkflowNotFoundException extends WorkflowException {
  public WorkflowNotFoundException(String message) {
    super(message);
  }
}
