package strongroom.secrets.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import strongroom.secrets.crypto.KeyTermState;

/** The key_terms table and the keyring_state row. */
public final class KeyTermRepository {
  private static final RowMapper<KeyTermRow> MAPPER = (rs, ctx) -> new KeyTermRow(
      rs.getInt("term"),
      KeyTermState.fromWireName(rs.getString("state")),
      rs.getBytes("sealed_key"),
      Columns.instant(rs.getLong("created_at")));

  private final Dialect dialect;

  public KeyTermRepository(Dialect dialect) {
    this.dialect = dialect;
  }

  public List<KeyTermRow> list(Handle handle) {
    return handle.createQuery("SELECT * FROM key_terms ORDER BY term").map(MAPPER).list();
  }

  public void insert(Handle handle, int term, KeyTermState state, byte[] sealedKey, Instant now) {
    handle.createUpdate("INSERT INTO key_terms (term, state, sealed_key, created_at, updated_at)"
            + " VALUES (:term, :state, :key, :at, :at)")
        .bind("term", term).bind("state", state.wireName()).bind("key", sealedKey)
        .bind("at", Columns.micros(now)).execute();
  }

  public void setState(Handle handle, int term, KeyTermState state, Instant now) {
    handle.createUpdate("UPDATE key_terms SET state = :state, updated_at = :at WHERE term = :term")
        .bind("term", term).bind("state", state.wireName()).bind("at", Columns.micros(now)).execute();
  }

  /** Destroys the term's key material for good. */
  public void destroy(Handle handle, int term, Instant now) {
    handle.createUpdate("UPDATE key_terms SET state = :state, sealed_key = NULL, updated_at = :at WHERE term = :term")
        .bind("term", term).bind("state", KeyTermState.DESTROYED.wireName()).bind("at", Columns.micros(now)).execute();
  }

  public void setSealedKey(Handle handle, int term, byte[] sealedKey, Instant now) {
    handle.createUpdate("UPDATE key_terms SET sealed_key = :key, updated_at = :at WHERE term = :term")
        .bind("term", term).bind("key", sealedKey).bind("at", Columns.micros(now)).execute();
  }

  /**
   * Locks the keyring_state row for the transaction, so only one node changes the keyring at a
   * time, and returns the unfinished rotation's target term, if any.
   */
  public Optional<Integer> lockAndReadRotation(Handle handle) {
    // The no-op write takes SQLite's write lock too (its transactions are IMMEDIATE already).
    handle.createUpdate("UPDATE keyring_state SET updated_at = updated_at WHERE id = 1").execute();
    return handle.createQuery("SELECT rotation_target FROM keyring_state WHERE id = 1" + dialect.forUpdate())
        .mapTo(Integer.class).findOne();
  }

  public void setRotationTarget(Handle handle, Integer term, Instant now) {
    handle.createUpdate("UPDATE keyring_state SET rotation_target = :term, updated_at = :at WHERE id = 1")
        .bind("term", term).bind("at", Columns.micros(now)).execute();
  }
}
