package strongroom.secrets.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import strongroom.secrets.Workspace;

/** Workspaces table. */
public final class WorkspaceRepository {
  private static final RowMapper<Workspace> MAPPER = (rs, ctx) ->
      new Workspace(rs.getString("id"), rs.getString("name"), Columns.instant(rs.getLong("created_at")));

  /** Creates the workspace when no workspace of that name exists; safe to race. */
  public void ensure(Handle handle, String name, Instant now) {
    handle.createUpdate("INSERT INTO workspaces (id, name, created_at) VALUES (:id, :name, :at)"
            + " ON CONFLICT (name) DO NOTHING")
        .bind("id", UUID.randomUUID().toString())
        .bind("name", name)
        .bind("at", Columns.micros(now))
        .execute();
  }

  public Optional<Workspace> findByName(Handle handle, String name) {
    return handle.createQuery("SELECT * FROM workspaces WHERE name = :name")
        .bind("name", name).map(MAPPER).findOne();
  }

  public Optional<Workspace> findById(Handle handle, String id) {
    return handle.createQuery("SELECT * FROM workspaces WHERE id = :id")
        .bind("id", id).map(MAPPER).findOne();
  }

  public List<Workspace> list(Handle handle) {
    return handle.createQuery("SELECT * FROM workspaces ORDER BY name").map(MAPPER).list();
  }
}
