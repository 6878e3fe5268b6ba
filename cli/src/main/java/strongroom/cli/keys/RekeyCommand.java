package strongroom.cli.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import strongroom.cli.Confirmation;
import strongroom.cli.StoreCommand;
import strongroom.secrets.service.SecretStore;

/** {@code keys rekey}: the keyring is re-sealed under a new root key; the old one opens nothing afterwards. */
@Command(name = "rekey", mixinStandardHelpOptions = true,
    description = {"Re-encrypt the keyring under a new root key, written where the current one is.",
        "Afterwards the old root key opens nothing: replace every backup of it.",
        "Asks for confirmation on a terminal; without one, --yes is required."})
final class RekeyCommand extends StoreCommand {
  @Option(names = "--yes", description = "Do not ask for confirmation.")
  private boolean yes;

  @Override
  protected int run(SecretStore store) {
    Confirmation.require(spec, terminal(), yes,
        "Replace the root key (" + store.rootKeySource() + ")? The old key will open nothing.");
    store.keys().rekey(actor());
    out().println("Rekeyed: the keyring is sealed by a new root key (" + store.rootKeySource() + ").");
    out().println("The old root key opens nothing any more; replace every backup of it with the new key.");
    return 0;
  }
}
