package strongroom.secrets;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A secret's metadata and key names; never its values. {@code corrupted} flags a version that fails to verify. */
public record Secret(
    String id,
    String workspaceId,
    String name,
    SecretType type,
    String description,
    Map<String, String> tags,
    String environment,
    List<String> keyNames,
    int currentVersion,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Instant deletedAt,
    boolean corrupted) {

  public boolean deleted() {
    return deletedAt != null;
  }

  public Secret withCorrupted(boolean flag) {
    return new Secret(id, workspaceId, name, type, description, tags, environment, keyNames,
        currentVersion, createdAt, createdBy, updatedAt, updatedBy, deletedAt, flag);
  }
}
