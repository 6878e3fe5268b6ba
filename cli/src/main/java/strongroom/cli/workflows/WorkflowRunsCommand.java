package strongroom.cli.workflows;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.engine.WorkflowService;
import strongroom.engine.history.RunRecord;

/** {@code workflows runs [ALIAS]}: recent runs, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List recent runs, newest first.")
final class WorkflowRunsCommand extends WorkflowStoreCommand {
  @Parameters(paramLabel = "ALIAS", arity = "0..1", description = "Only runs of this workflow.")
  private String alias;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N runs. Default: 50")
  private int limit;

  @Override
  protected int run(WorkflowService service) {
    var runs = service.runs(workspace(), alias, limit);
    if (runs.isEmpty()) {
      out().println("No runs.");
      return 0;
    }
    Table table = new Table("RUN", "WORKFLOW", "STATUS", "ENVIRONMENT", "STARTED", "FINISHED", "PARENT");
    for (RunRecord r : runs) {
      table.row(r.id(), r.workflowAlias(), r.status().wireName(), r.environment(), Times.shortIso(r.startedAt()),
          Times.shortIso(r.finishedAt()), r.parentRunId());
    }
    table.print(out());
    return 0;
  }
}
