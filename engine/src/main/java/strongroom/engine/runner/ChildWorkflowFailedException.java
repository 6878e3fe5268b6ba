package strongroom.engine.runner;

import strongroom.engine.WorkflowException;

/** A child run waited for did not succeed; its (masked) error is part of the message. */
public final class ChildWorkflowFailedException extends WorkflowException {
  private final String runId;

  public ChildWorkflowFailedException(String runId, String status, String error) {
    super("child run " + runId + " " + status + (error == null ? "" : ": " + error));
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }
}
