package strongroom.cli.registry;

import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import strongroom.cli.Json;
import strongroom.cli.Table;
import strongroom.engine.registry.ActionSpec;

/** {@code registry actions}: every action by name, with its declared secrets. */
@Command(name = "actions", mixinStandardHelpOptions = true,
    description = "Every action the registry holds, by name: what it does and the secrets it"
        + " declares (NAME? marks an optional secret). `registry show ACTION` has the arguments.")
final class RegistryActionsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array, arguments included.")
  private boolean json;

  @Override
  public Integer call() {
    Collection<ActionSpec> actions = RegistryCommand.registry().all();
    if (json) {
      Json.print(spec.commandLine().getOut(), actions.stream().map(ActionViews::action).toList());
      return 0;
    }
    Table table = new Table("ACTION", "SECRETS", "DESCRIPTION");
    for (ActionSpec a : actions) {
      table.row(a.name(), a.secrets().stream().map(ActionViews::brief).collect(Collectors.joining(" ")),
          a.description());
    }
    table.print(spec.commandLine().getOut());
    return 0;
  }
}
