package strongroom.engine.runner;

/**
 * Runs workflows: the seam between planning a run and where its actions execute. The embedded
 * executor runs them in this process on virtual threads; a distributed one can take its place.
 *
 * <p>{@link #submit} records the run as started before it returns, so its id is valid at once;
 * the outcome completes when the run has finished and its history is stored. Outcomes carry
 * masked results and errors only.
 */
public interface WorkflowExecutor extends AutoCloseable {
  RunHandle submit(RunRequest request);

  /** Stops accepting runs and waits briefly for running ones. */
  @Override
  void close();
}
