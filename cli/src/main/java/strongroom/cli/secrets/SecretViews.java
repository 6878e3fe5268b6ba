package strongroom.cli.secrets;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import strongroom.cli.Times;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretVersion;

/** The {@code --json} shapes of secrets and versions; field names are stable, values never appear. */
final class SecretViews {
  private SecretViews() {}

  /** A secret's metadata and key names. */
  record SecretJson(String id, String name, String environment, String type, String description,
      Map<String, String> tags, List<String> keys, int version, String createdAt, String createdBy,
      String updatedAt, String updatedBy, String deletedAt, boolean corrupted) {

    static SecretJson of(Secret secret) {
      return new SecretJson(secret.id(), secret.name(), secret.environment(), secret.type().wireName(),
          secret.description(), new TreeMap<>(secret.tags()), secret.keyNames(), secret.currentVersion(),
          Times.iso(secret.createdAt()), secret.createdBy(), Times.iso(secret.updatedAt()), secret.updatedBy(),
          Times.iso(secret.deletedAt()), secret.corrupted());
    }
  }

  /** One version: number, environment, key names, when, by whom, under which key term. */
  record VersionJson(int version, String environment, List<String> keys, String createdAt, String createdBy,
      int keyTerm) {

    static VersionJson of(SecretVersion version) {
      return new VersionJson(version.number(), version.environment(), version.keyNames(),
          Times.iso(version.createdAt()), version.createdBy(), version.keyTerm());
    }
  }

  /** One version that failed verification. */
  record CorruptionJson(String workspace, String name, String environment, int version, boolean deleted,
      String reason) {}
}
