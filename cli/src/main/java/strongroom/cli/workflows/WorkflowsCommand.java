package strongroom.cli.workflows;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strongroom workflows}: save, validate, list, run and delete workflows; read their run history. */
@Command(name = "workflows", mixinStandardHelpOptions = true,
    description = "Save, validate, list, run and delete workflows; show their runs (results are masked).",
    subcommands = {SaveWorkflowCommand.class, ValidateWorkflowCommand.class, ListWorkflowsCommand.class,
        RunWorkflowCommand.class, WorkflowRunsCommand.class, DeleteWorkflowCommand.class})
public final class WorkflowsCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
