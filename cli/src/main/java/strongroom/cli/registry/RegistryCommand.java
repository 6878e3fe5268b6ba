package strongroom.cli.registry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;

/** {@code strongroom registry}: the actions and secrets the registry ships, offline (no store). */
@Command(name = "registry", mixinStandardHelpOptions = true,
    description = "Show the actions the registry ships and the secrets they need, without a store.",
    subcommands = {RegistrySecretsCommand.class, RegistryActionsCommand.class,
        RegistryShowCommand.class})
public final class RegistryCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The shipped registry with its default base URLs, as a deployment without overrides has it. */
  static Registry registry() {
    return StandardRegistry.create(RegistryConfig.defaults());
  }
}
