package strongroom.server.web.workflows;

import java.util.List;

/** The Workflows page: every saved workflow with its environment and last run. */
public record WorkflowListView(List<Row> workflows, String notice) {
  /** One workflow; the last-run fields are null when it never ran. */
  public record Row(String id, String alias, String title, String environment, String lastRunId, String lastStatus,
      String lastRunAt) {}
}
