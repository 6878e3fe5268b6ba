package strongroom.secrets.storage;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditQuery;

/** The append-only audit_events table. */
public final class AuditRepository {
  private static final String INSERT = "INSERT INTO audit_events (id, at, actor, action, outcome, workspace_id,"
      + " secret_id, secret_name, environment, version, detail)"
      + " VALUES (:id, :at, :actor, :action, :outcome, :ws, :secretId, :secretName, :env, :version, :detail)";

  private static final RowMapper<AuditEvent> MAPPER = (rs, ctx) -> {
    int version = rs.getInt("version");
    Integer boxed = rs.wasNull() ? null : version;
    return new AuditEvent(
        rs.getString("id"),
        Columns.instant(rs.getLong("at")),
        rs.getString("actor"),
        AuditAction.fromWireName(rs.getString("action")),
        AuditEvent.Outcome.valueOf(rs.getString("outcome")),
        rs.getString("workspace_id"),
        rs.getString("secret_id"),
        rs.getString("secret_name"),
        rs.getString("environment"),
        boxed,
        rs.getString("detail"));
  };

  public void insert(Handle handle, List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT);
    for (AuditEvent event : events) {
      batch.bind("id", event.id())
          .bind("at", Columns.micros(event.at()))
          .bind("actor", event.actor())
          .bind("action", event.action().wireName())
          .bind("outcome", event.outcome().name())
          .bind("ws", event.workspaceId())
          .bind("secretId", event.secretId())
          .bind("secretName", event.secretName())
          .bind("env", event.environment())
          .bind("version", event.version())
          .bind("detail", event.detail())
          .add();
    }
    batch.execute();
  }

  public List<AuditEvent> query(Handle handle, AuditQuery filter) {
    StringBuilder sql = new StringBuilder("SELECT * FROM audit_events WHERE 1 = 1");
    if (filter.workspaceId() != null) {
      sql.append(filter.includeStoreWide() ? " AND (workspace_id = :ws OR workspace_id IS NULL)" : " AND workspace_id = :ws");
    }
    if (filter.secretName() != null) {
      sql.append(" AND secret_name = :secret");
    }
    if (filter.actor() != null) {
      sql.append(" AND actor = :actor");
    }
    if (filter.action() != null) {
      sql.append(" AND action = :action");
    }
    if (filter.since() != null) {
      sql.append(" AND at >= :since");
    }
    if (filter.until() != null) {
      sql.append(" AND at < :until");
    }
    sql.append(" ORDER BY at DESC, id DESC LIMIT :limit");
    Query query = handle.createQuery(sql.toString()).bind("limit", filter.limit());
    if (filter.workspaceId() != null) {
      query.bind("ws", filter.workspaceId());
    }
    if (filter.secretName() != null) {
      query.bind("secret", filter.secretName());
    }
    if (filter.actor() != null) {
      query.bind("actor", filter.actor());
    }
    if (filter.action() != null) {
      query.bind("action", filter.action().wireName());
    }
    if (filter.since() != null) {
      query.bind("since", Columns.micros(filter.since()));
    }
    if (filter.until() != null) {
      query.bind("until", Columns.micros(filter.until()));
    }
    return query.map(MAPPER).list();
  }
}
