package strongroom.secrets.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import strongroom.secrets.crypto.SealedVersion;

/** The secret_versions table: one row per version, holding ciphertext and wrapped data key. */
public final class VersionRepository {
  private static final String SELECT = "SELECT s.workspace_id, v.* FROM secret_versions v"
      + " JOIN secrets s ON s.id = v.secret_id";

  private static final RowMapper<VersionRow> MAPPER = (rs, ctx) -> new VersionRow(
      rs.getString("workspace_id"),
      rs.getString("secret_id"),
      rs.getInt("version"),
      rs.getString("environment"),
      Columns.names(rs.getString("key_names")),
      new SealedVersion(rs.getBytes("ciphertext"), rs.getBytes("wrapped_key"), rs.getInt("key_term")),
      Columns.instant(rs.getLong("created_at")),
      rs.getString("created_by"));

  public void insert(Handle handle, VersionRow row) {
    handle.createUpdate("INSERT INTO secret_versions (secret_id, version, environment, key_names, ciphertext,"
            + " wrapped_key, key_term, created_at, created_by)"
            + " VALUES (:secret, :version, :env, :names, :ciphertext, :wrapped, :term, :at, :by)")
        .bind("secret", row.secretId())
        .bind("version", row.version())
        .bind("env", row.environment())
        .bind("names", Columns.json(row.keyNames()))
        .bind("ciphertext", row.sealed().ciphertext())
        .bind("wrapped", row.sealed().wrappedKey())
        .bind("term", row.sealed().keyTerm())
        .bind("at", Columns.micros(row.createdAt()))
        .bind("by", row.createdBy())
        .execute();
  }

  public Optional<VersionRow> find(Handle handle, String secretId, int version) {
    return handle.createQuery(SELECT + " WHERE v.secret_id = :secret AND v.version = :version")
        .bind("secret", secretId).bind("version", version).map(MAPPER).findOne();
  }

  public List<VersionRow> list(Handle handle, String secretId) {
    return handle.createQuery(SELECT + " WHERE v.secret_id = :secret ORDER BY v.version")
        .bind("secret", secretId).map(MAPPER).list();
  }

  /** The current versions of the named live secrets of one environment, in one query. */
  public Map<String, VersionRow> currentByName(Handle handle, String workspaceId, String environment,
      Collection<String> names) {
    Map<String, VersionRow> out = new TreeMap<>();
    handle.createQuery("SELECT s.name AS secret_name, s.workspace_id, v.* FROM secrets s"
            + " JOIN secret_versions v ON v.secret_id = s.id AND v.version = s.current_version"
            + " WHERE s.workspace_id = :ws AND s.environment = :env AND s.deleted_at IS NULL AND s.name IN (<names>)")
        .bind("ws", workspaceId)
        .bind("env", environment)
        .bindList("names", List.copyOf(names))
        .map((rs, ctx) -> Map.entry(rs.getString("secret_name"), MAPPER.map(rs, ctx)))
        .forEach(entry -> out.put(entry.getKey(), entry.getValue()));
    return out;
  }

  public void deleteAll(Handle handle, String secretId) {
    handle.createUpdate("DELETE FROM secret_versions WHERE secret_id = :secret").bind("secret", secretId).execute();
  }

  /** How many data keys each term wraps. */
  public Map<Integer, Long> countByTerm(Handle handle) {
    Map<Integer, Long> counts = new TreeMap<>();
    handle.createQuery("SELECT key_term, COUNT(*) AS n FROM secret_versions GROUP BY key_term")
        .map((rs, ctx) -> Map.entry(rs.getInt("key_term"), rs.getLong("n")))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  public long countNotWrappedBy(Handle handle, int term) {
    return handle.createQuery("SELECT COUNT(*) FROM secret_versions WHERE key_term <> :term")
        .bind("term", term).mapTo(Long.class).one();
  }

  /** Up to {@code limit} versions whose data key another term wraps. */
  public List<VersionRow> notWrappedBy(Handle handle, int term, int limit) {
    return handle.createQuery(SELECT + " WHERE v.key_term <> :term ORDER BY v.secret_id, v.version LIMIT :limit")
        .bind("term", term).bind("limit", limit).map(MAPPER).list();
  }

  /** Replaces a wrapped data key only if it is still the one that was read; returns false otherwise. */
  public boolean rewrap(Handle handle, VersionRow row, SealedVersion rewrapped) {
    return handle.createUpdate("UPDATE secret_versions SET wrapped_key = :wrapped, key_term = :term"
            + " WHERE secret_id = :secret AND version = :version AND key_term = :oldTerm")
        .bind("wrapped", rewrapped.wrappedKey())
        .bind("term", rewrapped.keyTerm())
        .bind("secret", row.secretId())
        .bind("version", row.version())
        .bind("oldTerm", row.sealed().keyTerm())
        .execute() == 1;
  }
}
