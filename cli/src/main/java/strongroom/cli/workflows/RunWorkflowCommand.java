package strongroom.cli.workflows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import strongroom.cli.ExitCodes;
import strongroom.cli.Json;
import strongroom.engine.WorkflowService;
import strongroom.engine.history.ActionResult;
import strongroom.engine.runner.RunOutcome;

/**
 * {@code workflows run ALIAS|FILE}: runs a saved workflow (or a file), waits, and prints the status
 * and every action's masked result or error; exit code 1 when the run did not succeed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run a saved workflow by alias, or a workflow file, and wait for it.",
        "Prints the status and each action's result or error, masked. Exit code 1 if the run failed.",
        "--input values are trigger inputs, not secrets: use SECRETS in the workflow for those."})
final class RunWorkflowCommand extends WorkflowStoreCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(paramLabel = "ALIAS|FILE", description = "A saved workflow's alias, or a definition file.")
  private String target;

  @Option(names = "--env", paramLabel = "ENV", description = "Run in this environment instead of config.environment.")
  private String environment;

  @Option(names = "--input", paramLabel = "KEY=VALUE",
      description = "A trigger input (repeatable); VALUE is read as JSON when it parses, else as text.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--json", description = "Print the run as JSON.")
  private boolean json;

  @Override
  protected void checkArguments() {
    for (String input : inputs) {
      if (input.indexOf('=') <= 0) {
        throw new ParameterException(spec.commandLine(), "--input takes KEY=VALUE");
      }
    }
  }

  @Override
  protected int run(WorkflowService service) {
    Map<String, Object> trigger = new LinkedHashMap<>();
    for (String input : inputs) {
      int eq = input.indexOf('=');
      trigger.put(input.substring(0, eq), value(input.substring(eq + 1)));
    }
    Path file = Path.of(target);
    RunOutcome outcome = Files.isRegularFile(file)
        ? service.runSource(workspace(), read(file), trigger, environment)
        : service.run(workspace(), target, trigger, environment);
    if (json) {
      Json.print(out(), RunView.of(outcome));
    } else {
      RunView.printText(out(), outcome);
    }
    return outcome.succeeded() ? 0 : ExitCodes.FAILURE;
  }

  private static Object value(String text) {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (Exception e) {
      return text;
    }
  }

  /** The JSON shape of a run; results and errors were masked before they got here. */
  record RunView(String runId, String status, String environment, Object result, String error, List<ActionView> actions) {
    static RunView of(RunOutcome o) {
      return new RunView(o.runId(), o.status().wireName(), o.environment(), o.result(), o.error(),
          o.actions().stream().map(ActionView::of).toList());
    }

    static void printText(java.io.PrintWriter out, RunOutcome o) {
      out.println("Run " + o.runId() + ": " + o.status().wireName() + " (environment " + o.environment() + ")");
      for (ActionResult a : o.actions()) {
        String what = a.error() != null ? "error: " + a.error() : compact(a.result());
        out.println("  " + a.ref() + (a.iteration() > 0 || isLoop(o, a) ? "[" + a.iteration() + "]" : "")
            + "  " + a.status().wireName() + "  " + what);
      }
      if (o.error() != null) {
        out.println("Error: " + o.error());
      } else if (o.result() != null) {
        out.println("Result: " + compact(o.result()));
      }
    }

    private static boolean isLoop(RunOutcome o, ActionResult a) {
      return o.action(a.ref()).size() > 1;
    }

    private static String compact(Object value) {
      try {
        return MAPPER.writeValueAsString(value);
      } catch (Exception e) {
        return String.valueOf(value);
      }
    }
  }

  /** One action invocation in JSON. */
  record ActionView(String ref, int iteration, String action, String status, String environment, int attempts,
      Object result, String error, List<String> logs) {
    static ActionView of(ActionResult a) {
      return new ActionView(a.ref(), a.iteration(), a.action(), a.status().wireName(), a.environment(), a.attempts(),
          a.result(), a.error(), a.logs());
    }
  }
}
