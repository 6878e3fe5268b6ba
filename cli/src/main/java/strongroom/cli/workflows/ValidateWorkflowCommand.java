package strongroom.cli.workflows;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strongroom.cli.ExitCodes;
import strongroom.engine.WorkflowService;
import strongroom.engine.definition.ValidationReport;

/** {@code workflows validate FILE [--env E]}: every problem at once; with --env, secret problems are errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Report every problem of a workflow file at once.",
        "Secret problems are warnings for the workflow's config.environment, or errors for --env."})
final class ValidateWorkflowCommand extends WorkflowStoreCommand {
  @Parameters(paramLabel = "FILE", description = "The workflow definition.")
  private Path file;

  @Option(names = "--env", paramLabel = "ENV", description = "Check secrets in this environment, as errors.")
  private String environment;

  @Override
  protected int run(WorkflowService service) {
    ValidationReport report = service.validate(workspace(), read(file), environment);
    printReport(report);
    if (report.hasErrors()) {
      return ExitCodes.USAGE;
    }
    out().println("Valid" + (report.warnings().isEmpty() ? "." : " (" + report.warnings().size() + " warnings)."));
    return 0;
  }
}
