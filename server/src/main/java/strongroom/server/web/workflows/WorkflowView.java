package strongroom.server.web.workflows;

import java.util.List;

/**
 * One workflow's page: its canvas and selected action, the Configuration section (its environment),
 * every validation problem in that environment, the run form and the recent runs.
 */
public record WorkflowView(String id, String alias, String title, String description, String environment,
    List<String> environments, Canvas canvas, ActionPanel panel, List<ProblemRow> problems, List<RunRow> runs,
    String inputsHint, String notice, String error, Typed typed) {
  /** What the last refused post typed, shown again (trigger inputs and environments are not secrets). */
  public record Typed(String inputs, String runEnvironment, String configEnvironment) {
    public static final Typed NONE = new Typed(null, null, null);
  }

  /** A validation problem: severity, where, and what. */
  public record ProblemRow(String severity, String ref, String path, String message) {}

  /** A run in a list: status, environment and times. */
  public record RunRow(String id, String status, String environment, String startedAt, String finishedAt) {}
}
