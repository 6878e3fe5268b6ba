package strongroom.secrets.storage;

import java.time.Instant;
import java.util.List;
import strongroom.secrets.SecretVersion;
import strongroom.secrets.crypto.SealedVersion;

/** A secret_versions row, with the owning secret's workspace for building its associated data. */
public record VersionRow(
    String workspaceId,
    String secretId,
    int version,
    String environment,
    List<String> keyNames,
    SealedVersion sealed,
    Instant createdAt,
    String createdBy) {

  public SecretVersion toVersion() {
    return new SecretVersion(version, environment, keyNames, createdAt, createdBy, sealed.keyTerm());
  }

  @Override
  public String toString() {
    return "VersionRow[" + secretId + " v" + version + " " + environment + "]";
  }
}
