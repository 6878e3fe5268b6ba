package strongroom.cli.secrets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import strongroom.cli.StoreCommand;
import strongroom.secrets.Secret;
import strongroom.secrets.service.SecretStore;

/** {@code secrets restore}: brings back the most recently deleted secret of that name and environment. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore a deleted secret.")
final class RestoreSecretCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Override
  protected int run(SecretStore store) {
    Secret restored = store.secrets().restore(workspace(), address.name(), address.environment(), actor());
    out().println("Restored secret " + address.describe() + " at version " + restored.currentVersion() + ".");
    return 0;
  }
}
