package strongroom.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the {@code users} and {@code memberships} tables (migration V201). */
final class UserRepository {
  private static final String COLUMNS = "id, username, is_owner, created_at";

  void insert(Handle handle, User user, String passwordHash) {
    handle.createUpdate("INSERT INTO users (id, username, password_hash, is_owner, created_at)"
            + " VALUES (:id, :name, :hash, :owner, :created)")
        .bind("id", user.id())
        .bind("name", user.username())
        .bind("hash", passwordHash)
        .bind("owner", user.owner() ? 1 : 0)
        .bind("created", Times.micros(user.createdAt()))
        .execute();
  }

  long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one();
  }

  Optional<User> findByName(Handle handle, String username) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE username = :name")
        .bind("name", username)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  Optional<User> findById(Handle handle, String id) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  Optional<String> passwordHash(Handle handle, String userId) {
    return handle.createQuery("SELECT password_hash FROM users WHERE id = :id")
        .bind("id", userId)
        .mapTo(String.class)
        .findOne();
  }

  /** Sets the user's role in the workspace, replacing any earlier one. */
  void putMembership(Handle handle, String userId, String workspaceId, Role role, Instant at) {
    handle.createUpdate("DELETE FROM memberships WHERE user_id = :u AND workspace_id = :w")
        .bind("u", userId).bind("w", workspaceId).execute();
    handle.createUpdate("INSERT INTO memberships (user_id, workspace_id, role, created_at) VALUES (:u, :w, :r, :at)")
        .bind("u", userId).bind("w", workspaceId).bind("r", role.wireName()).bind("at", Times.micros(at))
        .execute();
  }

  Optional<Role> membership(Handle handle, String userId, String workspaceId) {
    return handle.createQuery("SELECT role FROM memberships WHERE user_id = :u AND workspace_id = :w")
        .bind("u", userId).bind("w", workspaceId)
        .mapTo(String.class)
        .findOne()
        .map(Role::fromWireName);
  }

  /** The workspace's members, by username. */
  java.util.List<Membership> memberships(Handle handle, String workspaceId) {
    return handle.createQuery("SELECT u.username, m.role, m.created_at FROM memberships m"
            + " JOIN users u ON u.id = m.user_id WHERE m.workspace_id = :w ORDER BY u.username")
        .bind("w", workspaceId)
        .map((rs, ctx) -> new Membership(rs.getString("username"), Role.fromWireName(rs.getString("role")),
            Times.instant(rs.getLong("created_at"))))
        .list();
  }

  /** Removes the user's role in the workspace; false when there was none. */
  boolean deleteMembership(Handle handle, String userId, String workspaceId) {
    return handle.createUpdate("DELETE FROM memberships WHERE user_id = :u AND workspace_id = :w")
        .bind("u", userId).bind("w", workspaceId).execute() == 1;
  }

  /** The workspace ids of the user's memberships. */
  java.util.Set<String> workspaceIds(Handle handle, String userId) {
    return new java.util.HashSet<>(handle.createQuery("SELECT workspace_id FROM memberships WHERE user_id = :u")
        .bind("u", userId).mapTo(String.class).list());
  }

  private static User row(ResultSet rs) throws SQLException {
    return new User(rs.getString("id"), rs.getString("username"), rs.getInt("is_owner") == 1,
        Times.instant(rs.getLong("created_at")));
  }
}
