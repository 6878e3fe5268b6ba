package strongroom.cli.workflows;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import strongroom.engine.DeletedWorkflow;
import strongroom.engine.WorkflowService;

/** {@code workflows delete ALIAS|ID}: removes a saved workflow; its runs stay in the history. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = {"Delete a saved workflow by alias or id (exit 3 if there is none).",
        "Its runs are kept: `strongroom workflows runs` still lists them under the alias."})
final class DeleteWorkflowCommand extends WorkflowStoreCommand {
  @Parameters(paramLabel = "ALIAS|ID", description = "The saved workflow's alias or id.")
  private String target;

  @Override
  protected int run(WorkflowService service) {
    DeletedWorkflow deleted = service.delete(workspace(), target);
    out().println("Deleted workflow " + deleted.workflow().alias() + " (" + deleted.workflow().id() + "); "
        + deleted.keptRuns() + (deleted.keptRuns() == 1 ? " run is" : " runs are") + " kept in the history.");
    return 0;
  }
}
