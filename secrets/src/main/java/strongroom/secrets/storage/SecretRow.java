package strongroom.secrets.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretType;

/** A secrets-table row with its current version's key names. */
public record SecretRow(
    String id,
    String workspaceId,
    String name,
    String environment,
    SecretType type,
    String description,
    Map<String, String> tags,
    int currentVersion,
    List<String> keyNames,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Instant deletedAt) {

  public Secret toSecret(boolean corrupted) {
    return new Secret(id, workspaceId, name, type, description, tags, environment, keyNames,
        currentVersion, createdAt, createdBy, updatedAt, updatedBy, deletedAt, corrupted);
  }
}
