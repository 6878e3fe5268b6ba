package strongroom.server.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import strongroom.secrets.storage.Database;

/**
 * Resolve counts read from {@code audit_events} ({@code action = 'resolve'}) at scrape time, so every
 * server sharing the database reports the same totals. The only label is the outcome, never a name or value.
 */
public final class ResolveMetrics {
  private final Database database;

  public ResolveMetrics(Database database) {
    this.database = database;
  }

  /** The Prometheus exposition text for {@code strongroom_resolves_total}. */
  public String render() {
    Map<String, Long> counts = database.withHandle(handle -> {
      Map<String, Long> out = new HashMap<>();
      handle.createQuery("SELECT outcome, COUNT(*) AS n FROM audit_events WHERE action = 'resolve' GROUP BY outcome")
          .map((rs, ctx) -> Map.entry(rs.getString("outcome"), rs.getLong("n")))
          .forEach(e -> out.merge(e.getKey().toLowerCase(Locale.ROOT), e.getValue(), Long::sum));
      return out;
    });
    StringBuilder out = new StringBuilder();
    out.append("# HELP strongroom_resolves_total Secret resolves recorded in the audit log, by outcome.\n");
    out.append("# TYPE strongroom_resolves_total counter\n");
    for (String outcome : new String[] {"success", "failure"}) {
      out.append("strongroom_resolves_total{outcome=\"").append(outcome).append("\"} ")
          .append(counts.getOrDefault(outcome, 0L)).append('\n');
    }
    return out.toString();
  }
}
