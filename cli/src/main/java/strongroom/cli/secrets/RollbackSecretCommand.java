package strongroom.cli.secrets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import strongroom.cli.StoreCommand;
import strongroom.secrets.Secret;
import strongroom.secrets.service.SecretStore;

/** {@code secrets rollback}: writes a new version holding the content of an older one. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
    description = "Roll a secret back: a new version is written with the content of version --to.")
final class RollbackSecretCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Option(names = "--to", required = true, paramLabel = "N", description = "The version whose content to restore.")
  private int target;

  @Option(names = "--expect-version", paramLabel = "N",
      description = "Refuse unless the secret is still at version N.")
  private Integer expectVersion;

  @Override
  protected int run(SecretStore store) {
    Secret secret = store.versions().rollback(workspace(), address.name(), address.environment(), target,
        expectVersion, actor());
    out().println("Rolled back secret " + address.describe() + ": version " + secret.currentVersion()
        + " holds the content of version " + target + ".");
    return 0;
  }
}
