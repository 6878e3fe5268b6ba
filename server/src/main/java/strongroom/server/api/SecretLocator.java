package strongroom.server.api;

import java.util.Optional;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.storage.Database;

/**
 * Turns a secret id from a URL into the name and environment the secret services address it by.
 * Reads two stable columns of the secrets module's {@code secrets} table, because SecretService has
 * no lookup by id yet; scoped to the caller's workspace, so an id from another workspace is not found.
 */
final class SecretLocator {
  /** Where a secret lives, and whether it is soft-deleted. */
  record Place(String name, String environment, boolean deleted) {}

  private final Database database;

  SecretLocator(Database database) {
    this.database = database;
  }

  Place find(String workspaceId, String secretId) {
    Optional<Place> place = database.withHandle(handle -> handle.createQuery(
            "SELECT name, environment, deleted_at FROM secrets WHERE id = :id AND workspace_id = :ws")
        .bind("id", secretId)
        .bind("ws", workspaceId)
        .map((rs, ctx) -> {
          String name = rs.getString("name");
          String environment = rs.getString("environment");
          rs.getLong("deleted_at");
          return new Place(name, environment, !rs.wasNull());
        })
        .findOne());
    return place.orElseThrow(() -> new SecretNotFoundException("secret `" + secretId + "` does not exist"));
  }
}
