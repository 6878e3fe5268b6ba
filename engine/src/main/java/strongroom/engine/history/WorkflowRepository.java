package strongroom.engine.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The workflows table: saved definitions, one alias per workspace. */
public final class WorkflowRepository {
  private static final RowMapper<SavedWorkflow> MAPPER = (rs, ctx) -> new SavedWorkflow(
      rs.getString("id"), rs.getString("workspace_id"), rs.getString("alias"), rs.getString("title"),
      rs.getString("source"), StoredForms.instant(rs.getLong("created_at")), rs.getString("created_by"),
      StoredForms.instant(rs.getLong("updated_at")), rs.getString("updated_by"));

  public void insert(Handle handle, SavedWorkflow w) {
    handle.createUpdate("INSERT INTO workflows (id, workspace_id, alias, title, source, created_at, created_by,"
            + " updated_at, updated_by) VALUES (:id, :ws, :alias, :title, :source, :created, :createdBy, :updated, :updatedBy)")
        .bind("id", w.id()).bind("ws", w.workspaceId()).bind("alias", w.alias()).bind("title", w.title())
        .bind("source", w.source()).bind("created", StoredForms.micros(w.createdAt())).bind("createdBy", w.createdBy())
        .bind("updated", StoredForms.micros(w.updatedAt())).bind("updatedBy", w.updatedBy())
        .execute();
  }

  public void update(Handle handle, String id, String title, String source, Instant at, String by) {
    handle.createUpdate("UPDATE workflows SET title = :title, source = :source, updated_at = :at, updated_by = :by"
            + " WHERE id = :id")
        .bind("id", id).bind("title", title).bind("source", source).bind("at", StoredForms.micros(at)).bind("by", by)
        .execute();
  }

  /** Deletes the row; how many were deleted (0 when it was not there). Its runs must be detached first. */
  public int delete(Handle handle, String workspaceId, String id) {
    return handle.createUpdate("DELETE FROM workflows WHERE workspace_id = :ws AND id = :id")
        .bind("ws", workspaceId).bind("id", id).execute();
  }

  public Optional<SavedWorkflow> findByAlias(Handle handle, String workspaceId, String alias) {
    return handle.createQuery("SELECT * FROM workflows WHERE workspace_id = :ws AND alias = :alias")
        .bind("ws", workspaceId).bind("alias", alias).map(MAPPER).findOne();
  }

  public Optional<SavedWorkflow> findById(Handle handle, String workspaceId, String id) {
    return handle.createQuery("SELECT * FROM workflows WHERE workspace_id = :ws AND id = :id")
        .bind("ws", workspaceId).bind("id", id).map(MAPPER).findOne();
  }

  public List<SavedWorkflow> list(Handle handle, String workspaceId) {
    return handle.createQuery("SELECT * FROM workflows WHERE workspace_id = :ws ORDER BY alias")
        .bind("ws", workspaceId).map(MAPPER).list();
  }
}
