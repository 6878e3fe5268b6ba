package strongroom.server.api;

import strongroom.secrets.Secret;
import strongroom.secrets.service.SecretService;

/**
 * Turns a secret id from a URL into the name and environment the secret services address it by,
 * within the caller's workspace, so an id from another workspace is not found.
 */
final class SecretLocator {
  /** Where a secret lives, and whether it is soft-deleted. */
  record Place(String name, String environment, boolean deleted) {}

  private final SecretService secrets;

  SecretLocator(SecretService secrets) {
    this.secrets = secrets;
  }

  Place find(String workspaceId, String secretId) {
    Secret secret = secrets.getById(workspaceId, secretId);
    return new Place(secret.name(), secret.environment(), secret.deleted());
  }
}
