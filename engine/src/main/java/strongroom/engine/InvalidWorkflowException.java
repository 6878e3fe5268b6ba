package strongroom.engine;

import strongroom.engine.definition.ValidationReport;

/** A save or run refused because of errors in the definition; carries every problem found. */
public final class InvalidWorkflowException extends WorkflowException {
  private final ValidationReport report;

  public InvalidWorkflowException(ValidationReport report) {
    super("the workflow is invalid (" + report.errors().size() + " error"
        + (report.errors().size() == 1 ? "" : "s") + "):\n" + report.describe());
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }
}
