package strongroom.secrets.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import strongroom.secrets.SecretType;
import strongroom.secrets.crypto.SealedVersion;

/** The secrets table; every read joins the current version for its key names. */
public final class SecretRepository {
  private static final String SELECT = "SELECT s.*, v.key_names FROM secrets s"
      + " JOIN secret_versions v ON v.secret_id = s.id AND v.version = s.current_version";

  // Lists also carry each current version, so flagging corruption needs no query per row.
  private static final String SELECT_WITH_CURRENT = "SELECT s.*, v.key_names, v.environment AS v_environment,"
      + " v.ciphertext AS v_ciphertext, v.wrapped_key AS v_wrapped_key, v.key_term AS v_key_term,"
      + " v.created_at AS v_created_at, v.created_by AS v_created_by FROM secrets s"
      + " JOIN secret_versions v ON v.secret_id = s.id AND v.version = s.current_version";

  private static final RowMapper<SecretRow> MAPPER = (rs, ctx) -> {
    long deleted = rs.getLong("deleted_at");
    boolean wasNull = rs.wasNull();
    return new SecretRow(
        rs.getString("id"),
        rs.getString("workspace_id"),
        rs.getString("name"),
        rs.getString("environment"),
        SecretType.fromWireName(rs.getString("type")),
        rs.getString("description"),
        Columns.tags(rs.getString("tags")),
        rs.getInt("current_version"),
        Columns.names(rs.getString("key_names")),
        Columns.instant(rs.getLong("created_at")),
        rs.getString("created_by"),
        Columns.instant(rs.getLong("updated_at")),
        rs.getString("updated_by"),
        wasNull ? null : Columns.instant(deleted));
  };

  private final Dialect dialect;

  public SecretRepository(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The live secret of that name in that environment, locked for the transaction when {@code lock}. */
  public Optional<SecretRow> findLive(Handle handle, String workspaceId, String name, String environment, boolean lock) {
    // Locking a join is not allowed on every database, so lock the secrets row by id first.
    Optional<SecretRow> row = handle.createQuery(SELECT
            + " WHERE s.workspace_id = :ws AND s.name = :name AND s.environment = :env AND s.deleted_at IS NULL")
        .bind("ws", workspaceId).bind("name", name).bind("env", environment)
        .map(MAPPER).findOne();
    return lock ? row.flatMap(r -> lockById(handle, r.id())) : row;
  }

  /** The most recently deleted secret of that name in that environment. */
  public Optional<SecretRow> findDeleted(Handle handle, String workspaceId, String name, String environment, boolean lock) {
    Optional<SecretRow> row = handle.createQuery(SELECT
            + " WHERE s.workspace_id = :ws AND s.name = :name AND s.environment = :env AND s.deleted_at IS NOT NULL"
            + " ORDER BY s.deleted_at DESC")
        .bind("ws", workspaceId).bind("name", name).bind("env", environment)
        .map(MAPPER).findFirst();
    return lock ? row.flatMap(r -> lockById(handle, r.id())) : row;
  }

  public Optional<SecretRow> findById(Handle handle, String id) {
    return handle.createQuery(SELECT + " WHERE s.id = :id").bind("id", id).map(MAPPER).findOne();
  }

  private Optional<SecretRow> lockById(Handle handle, String id) {
    handle.createQuery("SELECT id FROM secrets WHERE id = :id" + dialect.forUpdate())
        .bind("id", id).mapTo(String.class).findOne();
    return findById(handle, id);
  }

  /**
   * Secrets of a workspace with their current versions, filtered by any of name, environment and
   * type, ordered by name then environment.
   */
  public List<ListedSecret> list(Handle handle, String workspaceId, String name, String environment, SecretType type,
      boolean deleted) {
    StringBuilder sql = new StringBuilder(SELECT_WITH_CURRENT).append(" WHERE s.workspace_id = :ws AND s.deleted_at IS ")
        .append(deleted ? "NOT NULL" : "NULL");
    if (name != null) {
      sql.append(" AND s.name = :name");
    }
    if (environment != null) {
      sql.append(" AND s.environment = :env");
    }
    if (type != null) {
      sql.append(" AND s.type = :type");
    }
    sql.append(" ORDER BY s.name, s.environment, s.deleted_at");
    Query query = handle.createQuery(sql.toString()).bind("ws", workspaceId);
    if (name != null) {
      query.bind("name", name);
    }
    if (environment != null) {
      query.bind("env", environment);
    }
    if (type != null) {
      query.bind("type", type.wireName());
    }
    return query.map((rs, ctx) -> {
      SecretRow secret = MAPPER.map(rs, ctx);
      VersionRow current = new VersionRow(secret.workspaceId(), secret.id(), secret.currentVersion(),
          rs.getString("v_environment"), secret.keyNames(),
          new SealedVersion(rs.getBytes("v_ciphertext"), rs.getBytes("v_wrapped_key"), rs.getInt("v_key_term")),
          Columns.instant(rs.getLong("v_created_at")), rs.getString("v_created_by"));
      return new ListedSecret(secret, current);
    }).list();
  }

  /** Every secret of every workspace, deleted ones included (for verification). */
  public List<SecretRow> listAll(Handle handle) {
    return handle.createQuery(SELECT + " ORDER BY s.workspace_id, s.name, s.environment").map(MAPPER).list();
  }

  /** Distinct environments with at least one live secret. */
  public List<String> environments(Handle handle, String workspaceId) {
    return handle.createQuery("SELECT DISTINCT environment FROM secrets WHERE workspace_id = :ws"
            + " AND deleted_at IS NULL ORDER BY environment")
        .bind("ws", workspaceId).mapTo(String.class).list();
  }

  public void insert(Handle handle, SecretRow row) {
    handle.createUpdate("INSERT INTO secrets (id, workspace_id, name, environment, type, description, tags,"
            + " current_version, created_at, created_by, updated_at, updated_by, deleted_at)"
            + " VALUES (:id, :ws, :name, :env, :type, :description, :tags, :version, :createdAt, :createdBy,"
            + " :updatedAt, :updatedBy, NULL)")
        .bind("id", row.id())
        .bind("ws", row.workspaceId())
        .bind("name", row.name())
        .bind("env", row.environment())
        .bind("type", row.type().wireName())
        .bind("description", row.description())
        .bind("tags", Columns.json(row.tags()))
        .bind("version", row.currentVersion())
        .bind("createdAt", Columns.micros(row.createdAt()))
        .bind("createdBy", row.createdBy())
        .bind("updatedAt", Columns.micros(row.updatedAt()))
        .bind("updatedBy", row.updatedBy())
        .execute();
  }

  /**
   * Writes the changed metadata and version, only if the row is still at {@code expectedVersion};
   * returns false when another writer moved it on.
   */
  public boolean update(Handle handle, SecretRow row, int expectedVersion) {
    return handle.createUpdate("UPDATE secrets SET name = :name, environment = :env, description = :description,"
            + " tags = :tags, current_version = :version, updated_at = :updatedAt, updated_by = :updatedBy"
            + " WHERE id = :id AND current_version = :expected AND deleted_at IS NULL")
        .bind("id", row.id())
        .bind("name", row.name())
        .bind("env", row.environment())
        .bind("description", row.description())
        .bind("tags", Columns.json(row.tags()))
        .bind("version", row.currentVersion())
        .bind("updatedAt", Columns.micros(row.updatedAt()))
        .bind("updatedBy", row.updatedBy())
        .bind("expected", expectedVersion)
        .execute() == 1;
  }

  public void setDeleted(Handle handle, String id, Instant deletedAt, Instant now, String actor) {
    handle.createUpdate("UPDATE secrets SET deleted_at = :deleted, updated_at = :at, updated_by = :by WHERE id = :id")
        .bind("id", id)
        .bind("deleted", deletedAt == null ? null : Columns.micros(deletedAt))
        .bind("at", Columns.micros(now))
        .bind("by", actor)
        .execute();
  }

  public void delete(Handle handle, String id) {
    handle.createUpdate("DELETE FROM secrets WHERE id = :id").bind("id", id).execute();
  }
}
