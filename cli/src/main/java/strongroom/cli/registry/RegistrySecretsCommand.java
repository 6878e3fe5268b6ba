package strongroom.cli.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import strongroom.cli.Json;
import strongroom.cli.Table;
import strongroom.engine.registry.docs.SecretUsage;

/** {@code registry secrets}: the cheatsheet of every secret name the actions declare. */
@Command(name = "secrets", mixinStandardHelpOptions = true,
    description = {"Every secret the registry's actions declare: its keys, its optional keys,"
        + " whether it is optional, and the actions that use it; most used first.",
        "KEYS are needed by every action that declares the secret; OPTIONAL KEYS are declared"
            + " optional, or needed by only some of them (see `registry show ACTION`)."})
final class RegistrySecretsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array.")
  private boolean json;

  @Override
  public Integer call() {
    List<SecretUsage> usages = SecretUsage.of(RegistryCommand.registry());
    if (json) {
      Json.print(spec.commandLine().getOut(), usages.stream().map(RegistrySecretsCommand::view).toList());
      return 0;
    }
    Table table = new Table("SECRET", "KEYS", "OPTIONAL KEYS", "OPTIONAL", "ACTIONS");
    for (SecretUsage u : usages) {
      table.row(u.name(), String.join(",", u.keys()), String.join(",", u.optionalKeys()),
          u.optional() ? "yes" : "no", String.join(",", u.actions()));
    }
    table.print(spec.commandLine().getOut());
    return 0;
  }

  private static Map<String, Object> view(SecretUsage u) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", u.name());
    out.put("keys", u.keys());
    out.put("optional_keys", u.optionalKeys());
    out.put("optional", u.optional());
    out.put("actions", u.actions());
    return out;
  }
}
