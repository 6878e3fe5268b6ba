package strongroom.cli.secrets;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import strongroom.cli.Json;
import strongroom.cli.StoreCommand;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretType;
import strongroom.secrets.service.SecretStore;

/** {@code secrets list}: the workspace's secrets as a table or JSON, flagged when corrupted; never values. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List secrets: name, environment, type, key names, version, last update. Never values.")
final class ListSecretsCommand extends StoreCommand {
  @Option(names = "--env", paramLabel = "ENV", description = "Only this environment.")
  private String environment;

  @Option(names = "--type", paramLabel = "TYPE", converter = SecretTypeConverter.class,
      description = "Only this type (custom, ssh_key, mtls, ca_cert).")
  private SecretType type;

  @Option(names = "--name", paramLabel = "NAME", description = "Only secrets of this name.")
  private String name;

  @Option(names = "--deleted", description = "List deleted (restorable) secrets instead of live ones.")
  private boolean deleted;

  @Option(names = "--json", description = "Print a JSON array.")
  private boolean json;

  @Override
  protected int run(SecretStore store) {
    List<Secret> secrets = store.secrets().list(workspace(), name, environment, type, deleted);
    if (json) {
      Json.print(out(), secrets.stream().map(SecretViews.SecretJson::of).toList());
      return 0;
    }
    if (secrets.isEmpty()) {
      out().println("No " + (deleted ? "deleted " : "") + "secrets in workspace " + workspace() + ".");
      return 0;
    }
    Table table = deleted
        ? new Table("NAME", "ENVIRONMENT", "TYPE", "KEYS", "VERSION", "DELETED", "STATUS")
        : new Table("NAME", "ENVIRONMENT", "TYPE", "KEYS", "VERSION", "UPDATED", "STATUS");
    for (Secret secret : secrets) {
      table.row(secret.name(), secret.environment(), secret.type().wireName(), String.join(",", secret.keyNames()),
          secret.currentVersion(), Times.shortIso(deleted ? secret.deletedAt() : secret.updatedAt()),
          secret.corrupted() ? "CORRUPTED" : "ok");
    }
    table.print(out());
    long corrupted = secrets.stream().filter(Secret::corrupted).count();
    if (corrupted > 0) {
      err().println("strongroom: " + corrupted + " of these secrets do not verify; run `strongroom secrets verify`.");
    }
    return 0;
  }
}
