package strongroom.cli.secrets;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import strongroom.cli.Json;
import strongroom.cli.StoreCommand;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.secrets.Secret;
import strongroom.secrets.service.SecretStore;

/** {@code secrets show}: one secret's metadata and key names, never its values. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show a secret's metadata and key names. Values are never shown.")
final class ShowSecretCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Option(names = "--json", description = "Print a JSON object.")
  private boolean json;

  @Override
  protected int run(SecretStore store) {
    Secret secret = store.secrets().get(workspace(), address.name(), address.environment());
    if (json) {
      Json.print(out(), SecretViews.SecretJson.of(secret));
      return 0;
    }
    Table.fields()
        .field("name", secret.name())
        .field("environment", secret.environment())
        .field("type", secret.type().wireName())
        .field("description", secret.description())
        .field("tags", describe(secret.tags()))
        .field("keys", String.join(", ", secret.keyNames()))
        .field("version", secret.currentVersion())
        .field("created", Times.shortIso(secret.createdAt()) + " by " + secret.createdBy())
        .field("updated", Times.shortIso(secret.updatedAt()) + " by " + secret.updatedBy())
        .field("status", secret.corrupted()
            ? "CORRUPTED: the current version does not verify; run `strongroom secrets verify`" : "ok")
        .print(out());
    return 0;
  }

  private static String describe(Map<String, String> tags) {
    return new TreeMap<>(tags).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
