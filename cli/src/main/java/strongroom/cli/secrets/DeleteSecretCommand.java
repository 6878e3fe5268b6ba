package strongroom.cli.secrets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import strongroom.cli.StoreCommand;
import strongroom.secrets.service.SecretStore;

/** {@code secrets delete}: a soft delete; the secret is hidden from use and lists until restored. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = "Delete a secret (soft: it can be restored until it is purged).")
final class DeleteSecretCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Override
  protected int run(SecretStore store) {
    store.secrets().delete(workspace(), address.name(), address.environment(), actor());
    out().println("Deleted secret " + address.describe() + "; `strongroom secrets restore "
        + address.name() + " --env " + address.environment() + "` brings it back.");
    return 0;
  }
}
