package strongroom.server.web.workflows;

import java.util.List;

/** A run's page: status, environment, masked result or error, and each action invocation's masked output. */
public record RunView(String workflowId, String workflowAlias, String id, String status, String environment,
    String result, String error, String startedAt, String finishedAt, List<Invocation> actions,
    List<String> childRunIds) {
  /** One action invocation as stored: masked result, error and logs. */
  public record Invocation(String ref, int iteration, String action, String status, int attempts, String result,
      String error, List<String> logs) {}
}
