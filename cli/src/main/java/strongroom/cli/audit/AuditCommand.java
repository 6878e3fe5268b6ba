package strongroom.cli.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import strongroom.cli.Json;
import strongroom.cli.StoreCommand;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.secrets.Workspace;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditQuery;
import strongroom.secrets.service.SecretStore;

/** {@code strongroom audit}: the audit log of the workspace and of the keyring, newest first, filtered. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Show the audit log, newest first: the workspace's events and the store-wide ones"
        + " (key rotation, verify). Never values."})
public final class AuditCommand extends StoreCommand {
  @Option(names = "--secret", paramLabel = "NAME", description = "Only events about this secret.")
  private String secret;

  @Option(names = "--actor", paramLabel = "ACTOR", description = "Only this actor, as shown, e.g. operator:alice.")
  private String actor;

  @Option(names = "--action", paramLabel = "ACTION", converter = AuditActionConverter.class,
      description = "Only this action: create, update, delete, restore, purge, rollback, resolve, verify,"
          + " key_rotate, key_disable, key_enable, key_destroy, key_rekey.")
  private AuditAction action;

  @Option(names = "--since", paramLabel = "WHEN", description = "Only events at or after WHEN: " + TimeArgument.FORMS + ".")
  private String since;

  @Option(names = "--until", paramLabel = "WHEN", description = "Only events before WHEN (same forms).")
  private String until;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N events (default: 100).")
  private int limit;

  @Option(names = "--json", description = "Print a JSON array.")
  private boolean json;

  private Instant sinceAt;
  private Instant untilAt;

  /** The {@code --json} shape of one event. */
  record EventJson(String id, String at, String actor, String action, String outcome, String workspace,
      String secret, String environment, Integer version, String detail) {}

  @Override
  protected void checkArguments() {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    Instant now = Instant.now();
    sinceAt = time("--since", since, now);
    untilAt = time("--until", until, now);
  }

  @Override
  protected int run(SecretStore store) {
    Workspace ws = store.workspaces().require(workspace());
    // Key operations and verify runs belong to no workspace; they are shown with every workspace's log.
    List<AuditEvent> newest = store.audit().query(
        new AuditQuery(ws.id(), true, secret, actor, action, sinceAt, untilAt, limit));
    Map<String, String> names = store.workspaces().list().stream()
        .collect(Collectors.toMap(Workspace::id, Workspace::name));
    if (json) {
      Json.print(out(), newest.stream().map(e -> new EventJson(e.id(), Times.iso(e.at()), e.actor(),
          e.action().wireName(), e.outcome().name().toLowerCase(java.util.Locale.ROOT),
          e.workspaceId() == null ? null : names.getOrDefault(e.workspaceId(), e.workspaceId()),
          e.secretName(), e.environment(), e.version(), e.detail())).toList());
      return 0;
    }
    if (newest.isEmpty()) {
      out().println("No audit events match.");
      return 0;
    }
    Table table = new Table("TIME", "ACTOR", "ACTION", "OUTCOME", "SECRET", "ENVIRONMENT", "VERSION", "DETAIL");
    for (AuditEvent e : newest) {
      table.row(Times.shortIso(e.at()), e.actor(), e.action().wireName(),
          e.outcome().name().toLowerCase(java.util.Locale.ROOT), e.secretName(), e.environment(), e.version(),
          e.detail());
    }
    table.print(out());
    return 0;
  }

  private Instant time(String option, String text, Instant now) {
    if (text == null) {
      return null;
    }
    try {
      return TimeArgument.parse(text, now);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
