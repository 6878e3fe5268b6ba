package strongroom.server.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the {@code api_tokens} table (migration V200). */
final class TokenRepository {
  private static final String COLUMNS =
      "id, workspace_id, role, created_at, created_by, expires_at, revoked_at";

  void insert(Handle handle, ApiToken token, String hash) {
    handle.createUpdate("INSERT INTO api_tokens (id, token_hash, workspace_id, role, created_at, created_by,"
            + " expires_at, revoked_at) VALUES (:id, :hash, :ws, :role, :created, :by, :expires, NULL)")
        .bind("id", token.id())
        .bind("hash", hash)
        .bind("ws", token.workspaceId())
        .bind("role", token.role().wireName())
        .bind("created", micros(token.createdAt()))
        .bind("by", token.createdBy())
        .bind("expires", token.expiresAt() == null ? null : micros(token.expiresAt()))
        .execute();
  }

  Optional<ApiToken> findByHash(Handle handle, String hash) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = :hash")
        .bind("hash", hash)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  List<ApiToken> list(Handle handle) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM api_tokens ORDER BY created_at, id")
        .map((rs, ctx) -> row(rs))
        .list();
  }

  /** Marks the token revoked; false when no unrevoked token has that id. */
  boolean revoke(Handle handle, String id, Instant at) {
    return handle.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
        .bind("at", micros(at))
        .bind("id", id)
        .execute() == 1;
  }

  private static ApiToken row(java.sql.ResultSet rs) throws java.sql.SQLException {
    long expires = rs.getLong("expires_at");
    Instant expiresAt = rs.wasNull() ? null : instant(expires);
    long revoked = rs.getLong("revoked_at");
    Instant revokedAt = rs.wasNull() ? null : instant(revoked);
    return new ApiToken(rs.getString("id"), rs.getString("workspace_id"), Role.fromWireName(rs.getString("role")),
        instant(rs.getLong("created_at")), rs.getString("created_by"), expiresAt, revokedAt);
  }

  private static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  private static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
