package strongroom.cli.keys;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import strongroom.cli.Json;
import strongroom.cli.StoreCommand;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.secrets.service.KeyTermStatus;
import strongroom.secrets.service.KeyringStatus;
import strongroom.secrets.service.SecretStore;

/** {@code keys status}: the terms, their states, which is primary, and how many data keys each wraps. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show the key terms: state, creation time, data keys wrapped, the primary, any unfinished"
        + " rotation, and where the root key comes from.")
final class KeyStatusCommand extends StoreCommand {
  @Option(names = "--json", description = "Print a JSON object.")
  private boolean json;

  /** The {@code --json} shape of the keyring. */
  record StatusJson(int primary, Integer rotationInProgress, String rootKeySource, List<TermJson> terms) {}

  /** The {@code --json} shape of one term. */
  record TermJson(int term, String state, boolean primary, String createdAt, long wrappedDataKeys) {}

  @Override
  protected int run(SecretStore store) {
    KeyringStatus status = store.keys().status();
    if (json) {
      Json.print(out(), new StatusJson(status.primary(), status.rotationInProgress(), status.rootKeySource(),
          status.terms().stream().map(t -> new TermJson(t.term(), t.state().wireName(), t.term() == status.primary(),
              Times.iso(t.createdAt()), t.wrappedDataKeys())).toList()));
      return 0;
    }
    Table table = new Table("TERM", "STATE", "PRIMARY", "CREATED", "DATA KEYS");
    for (KeyTermStatus term : status.terms()) {
      table.row(term.term(), term.state().wireName(), term.term() == status.primary() ? "*" : "",
          Times.shortIso(term.createdAt()), term.wrappedDataKeys());
    }
    table.print(out());
    out().println();
    Table.fields()
        .field("Primary term", status.primary())
        .field("Rotation", status.rotationInProgress() == null ? "none in progress"
            : "unfinished, towards term " + status.rotationInProgress() + "; run `strongroom keys rotate` to finish it")
        .field("Root key", status.rootKeySource())
        .print(out());
    return 0;
  }
}
