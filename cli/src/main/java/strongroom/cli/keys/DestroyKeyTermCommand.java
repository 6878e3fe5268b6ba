package strongroom.cli.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strongroom.cli.Confirmation;
import strongroom.cli.StoreCommand;
import strongroom.secrets.crypto.KeyTermState;
import strongroom.secrets.service.SecretStore;

/** {@code keys destroy N}: a disabled term that wraps nothing is destroyed for good, after confirmation. */
@Command(name = "destroy", mixinStandardHelpOptions = true,
    description = {"Destroy a disabled key term that wraps no data key. This cannot be undone.",
        "Asks for confirmation on a terminal; without one, --yes is required."})
final class DestroyKeyTermCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "TERM", description = "Number of the key term.")
  private int term;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  private boolean yes;

  @Override
  protected int run(SecretStore store) {
    // Ask only when the store would allow it; otherwise its own error says why not.
    boolean destroyable = store.keys().status().terms().stream()
        .anyMatch(t -> t.term() == term && t.state() == KeyTermState.DISABLED && t.wrappedDataKeys() == 0);
    if (destroyable) {
      Confirmation.require(spec, terminal(), yes, "Destroy key term " + term + " for good?");
    }
    store.keys().destroy(term, actor());
    out().println("Key term " + term + " is destroyed.");
    return 0;
  }
}
