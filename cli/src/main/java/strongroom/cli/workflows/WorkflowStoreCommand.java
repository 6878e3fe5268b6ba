package strongroom.cli.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import strongroom.cli.CliException;
import strongroom.cli.ExitCodes;
import strongroom.cli.StoreCommand;
import strongroom.engine.InvalidWorkflowException;
import strongroom.engine.WorkflowException;
import strongroom.engine.WorkflowNotFoundException;
import strongroom.engine.WorkflowService;
import strongroom.engine.definition.ValidationReport;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;
import strongroom.expr.Expressions;
import strongroom.secrets.service.SecretStore;

/**
 * Base of the workflow commands: opens the engine over the store the global options point at
 * and turns engine failures into the CLI's messages and exit codes (their messages are safe).
 */
abstract class WorkflowStoreCommand extends StoreCommand {
  @Override
  protected final int run(SecretStore store) throws Exception {
    Expressions expressions = Expressions.create();
    try (WorkflowService service = WorkflowService.create(store, expressions,
        StandardRegistry.builder(RegistryConfig.defaults(), expressions).build())) {
      return run(service);
    } catch (InvalidWorkflowException e) {
      printReport(e.report());
      throw new CliException(ExitCodes.USAGE, "the workflow is invalid; nothing was changed");
    } catch (WorkflowNotFoundException e) {
      throw new CliException(ExitCodes.NOT_FOUND, e.getMessage());
    } catch (WorkflowException e) {
      throw new CliException(ExitCodes.FAILURE, e.getMessage());
    }
  }

  protected abstract int run(WorkflowService service) throws Exception;

  protected void printReport(ValidationReport report) {
    report.problems().forEach(p -> (p.isError() ? err() : out()).println(p.describe()));
    err().flush();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(ExitCodes.FAILURE, "cannot read " + file);
    }
  }
}
