package strongroom.cli.secrets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import strongroom.cli.Confirmation;
import strongroom.cli.StoreCommand;
import strongroom.secrets.service.SecretStore;

/** {@code secrets purge}: destroys a deleted secret and every version's ciphertext, after confirmation. */
@Command(name = "purge", mixinStandardHelpOptions = true,
    description = {"Destroy a deleted secret and the ciphertext of every version. This cannot be undone.",
        "Asks for confirmation on a terminal; without one, --yes is required."})
final class PurgeSecretCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  private boolean yes;

  @Override
  protected int run(SecretStore store) {
    // Ask only when there is something to purge; otherwise the store's own error says what is wrong.
    if (!store.secrets().list(workspace(), address.name(), address.environment(), null, true).isEmpty()) {
      Confirmation.require(spec, terminal(), yes,
          "Purge secret " + address.describe() + "? Every version is destroyed for good.");
    }
    store.secrets().purge(workspace(), address.name(), address.environment(), actor());
    out().println("Purged secret " + address.describe() + ": every version is destroyed.");
    return 0;
  }
}
