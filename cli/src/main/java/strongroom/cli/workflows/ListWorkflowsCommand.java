package strongroom.cli.workflows;

import picocli.CommandLine.Command;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.engine.WorkflowService;
import strongroom.engine.history.SavedWorkflow;

/** {@code workflows list}: the workspace's saved workflows. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List saved workflows.")
final class ListWorkflowsCommand extends WorkflowStoreCommand {
  @Override
  protected int run(WorkflowService service) {
    var workflows = service.list(workspace());
    if (workflows.isEmpty()) {
      out().println("No workflows in workspace " + workspace() + ".");
      return 0;
    }
    Table table = new Table("ALIAS", "TITLE", "UPDATED", "ID");
    for (SavedWorkflow w : workflows) {
      table.row(w.alias(), w.title(), Times.shortIso(w.updatedAt()), w.id());
    }
    table.print(out());
    return 0;
  }
}
