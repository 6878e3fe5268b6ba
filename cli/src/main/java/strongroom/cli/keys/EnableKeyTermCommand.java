package strongroom.cli.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import strongroom.cli.StoreCommand;
import strongroom.secrets.service.SecretStore;

/** {@code keys enable N}: a disabled term unwraps again. */
@Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled key term unwrap again.")
final class EnableKeyTermCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "TERM", description = "Number of the key term.")
  private int term;

  @Override
  protected int run(SecretStore store) {
    store.keys().enable(term, actor());
    out().println("Key term " + term + " is active again.");
    return 0;
  }
}
