package strongroom.cli.secrets;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import strongroom.cli.Json;
import strongroom.cli.StoreCommand;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.secrets.SecretVersion;
import strongroom.secrets.service.SecretStore;

/** {@code secrets versions}: a secret's version history (numbers, times, actors, key names). */
@Command(name = "versions", mixinStandardHelpOptions = true,
    description = "List the versions of a secret: number, time, actor, key names, key term.")
final class SecretVersionsCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Option(names = "--json", description = "Print a JSON array.")
  private boolean json;

  @Override
  protected int run(SecretStore store) {
    List<SecretVersion> versions = store.versions().list(workspace(), address.name(), address.environment());
    if (json) {
      Json.print(out(), versions.stream().map(SecretViews.VersionJson::of).toList());
      return 0;
    }
    Table table = new Table("VERSION", "CREATED", "BY", "KEYS", "KEY TERM");
    for (SecretVersion version : versions) {
      table.row(version.number(), Times.shortIso(version.createdAt()), version.createdBy(),
          String.join(",", version.keyNames()), version.keyTerm());
    }
    table.print(out());
    return 0;
  }
}
