package strongroom.cli.workflows;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import strongroom.engine.SaveResult;
import strongroom.engine.WorkflowService;

/** {@code workflows save FILE}: validates, then creates the workflow or updates the one with its alias. */
@Command(name = "save", mixinStandardHelpOptions = true,
    description = "Validate a workflow file (YAML or JSON) and save it: create, or update by alias.")
final class SaveWorkflowCommand extends WorkflowStoreCommand {
  @Parameters(paramLabel = "FILE", description = "The workflow definition.")
  private Path file;

  @Override
  protected int run(WorkflowService service) {
    SaveResult saved = service.save(workspace(), read(file), actor());
    printReport(saved.report());
    out().println((saved.created() ? "Created" : "Updated") + " workflow " + saved.workflow().alias()
        + " (" + saved.workflow().id() + ").");
    return 0;
  }
}
