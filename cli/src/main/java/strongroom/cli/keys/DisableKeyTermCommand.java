package strongroom.cli.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import strongroom.cli.StoreCommand;
import strongroom.secrets.service.SecretStore;

/** {@code keys disable N}: the term stops unwrapping; refused for the primary or a term still in use. */
@Command(name = "disable", mixinStandardHelpOptions = true,
    description = "Stop a key term from unwrapping. Refused for the primary and for a term that still wraps"
        + " data keys (rotate first).")
final class DisableKeyTermCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "TERM", description = "Number of the key term.")
  private int term;

  @Override
  protected int run(SecretStore store) {
    store.keys().disable(term, actor());
    out().println("Key term " + term + " is disabled; `strongroom keys enable " + term + "` undoes this.");
    return 0;
  }
}
