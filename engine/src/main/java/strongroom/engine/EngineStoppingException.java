package strongroom.engine;

/** A run asked for after {@link WorkflowService#drain} began: this engine takes no new runs. */
public final class EngineStoppingException extends WorkflowException {
  public EngineStoppingException() {
    super("the workflow engine is stopping and takes no new runs");
  }
}
