package strongroom.cli.registry;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import strongroom.cli.CliException;
import strongroom.cli.ExitCodes;
import strongroom.cli.Json;
import strongroom.cli.Table;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.RegistrySecret;
import strongroom.engine.registry.internal.JsonValues;

/** {@code registry show ACTION}: one action's arguments (types, defaults) and declared secrets. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one action: its arguments with their types and defaults, and the secrets"
        + " it declares.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "3:no such action"})
final class RegistryShowCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "ACTION", description = "The action's name, e.g. tools.jira.create_issue.")
  private String name;

  @Option(names = "--json", description = "Print a JSON object.")
  private boolean json;

  @Override
  public Integer call() {
    ActionSpec action = RegistryCommand.registry().find(name).orElseThrow(() -> new CliException(
        ExitCodes.NOT_FOUND, "no action `" + name + "`; `strongroom registry actions` lists them"));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, ActionViews.action(action));
      return 0;
    }
    out.println(action.name());
    out.println("  " + action.description());
    out.println();
    if (action.arguments().isEmpty()) {
      out.println("Arguments: none");
    } else {
      Table table = new Table("ARGUMENT", "TYPE", "REQUIRED", "DEFAULT", "DESCRIPTION");
      for (ArgumentSpec a : action.arguments()) {
        table.row(a.name(), a.type().wireName(), a.required() ? "yes" : "no",
            a.defaultValue() == null ? "" : JsonValues.encode(a.defaultValue()), a.description());
      }
      table.print(out);
    }
    out.println();
    if (action.secrets().isEmpty()) {
      out.println("Secrets: none");
    } else {
      Table table = new Table("SECRET", "KEYS", "OPTIONAL KEYS", "OPTIONAL");
      for (RegistrySecret s : action.secrets()) {
        table.row(s.name(), String.join(",", s.keys()), String.join(",", s.optionalKeys()),
            s.optional() ? "yes" : "no");
      }
      table.print(out);
    }
    return 0;
  }
}
