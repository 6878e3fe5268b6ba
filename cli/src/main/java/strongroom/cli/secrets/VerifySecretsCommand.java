package strongroom.cli.secrets;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import strongroom.cli.ExitCodes;
import strongroom.cli.Json;
import strongroom.cli.StoreCommand;
import strongroom.cli.Table;
import strongroom.secrets.Workspace;
import strongroom.secrets.service.Corruption;
import strongroom.secrets.service.SecretStore;

/** {@code secrets verify}: checks every version of every secret; exit code 1 when any is corrupted. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check that every version of every secret (all workspaces, deleted ones too) decrypts.",
        "Prints each corrupted version; the exit code is 1 if there is any, 0 otherwise."})
final class VerifySecretsCommand extends StoreCommand {
  @Option(names = "--json", description = "Print the corrupted versions as a JSON array.")
  private boolean json;

  @Override
  protected int run(SecretStore store) {
    List<Corruption> corrupted = store.verifier().verifyAll(actor());
    Map<String, String> workspaces = store.workspaces().list().stream()
        .collect(Collectors.toMap(Workspace::id, Workspace::name));
    List<SecretViews.CorruptionJson> rows = corrupted.stream()
        .map(c -> new SecretViews.CorruptionJson(workspaces.getOrDefault(c.workspaceId(), c.workspaceId()),
            c.secretName(), c.environment(), c.version(), c.deleted(), c.reason()))
        .toList();
    if (json) {
      Json.print(out(), rows);
    } else if (rows.isEmpty()) {
      out().println("All secret versions verify.");
    } else {
      Table table = new Table("WORKSPACE", "NAME", "ENVIRONMENT", "VERSION", "REASON");
      rows.forEach(r -> table.row(r.workspace(), r.name() + (r.deleted() ? " (deleted)" : ""), r.environment(),
          r.version(), r.reason()));
      table.print(out());
      out().println(rows.size() + " corrupted version" + (rows.size() == 1 ? "" : "s") + " found.");
    }
    return rows.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
