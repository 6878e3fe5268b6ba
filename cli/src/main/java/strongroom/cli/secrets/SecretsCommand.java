package strongroom.cli.secrets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import strongroom.cli.GlobalOptions;

/** {@code strongroom secrets}: the group of secret commands; alone it prints its usage. */
@Command(name = "secrets",
    mixinStandardHelpOptions = true,
    description = "Create, change and inspect secrets. Values are never printed.",
    subcommands = {
        CreateSecretCommand.class, ListSecretsCommand.class, ShowSecretCommand.class, UpdateSecretCommand.class,
        DeleteSecretCommand.class, RestoreSecretCommand.class, PurgeSecretCommand.class,
        SecretVersionsCommand.class, RollbackSecretCommand.class, VerifySecretsCommand.class})
public final class SecretsCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Mixin
  private GlobalOptions global;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
