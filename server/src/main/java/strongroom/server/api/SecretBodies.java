package strongroom.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.ValidationException;

/** The JSON request bodies of the secrets routes; unknown fields are rejected by the mapper. */
final class SecretBodies {
  private SecretBodies() {}

  /** {@code POST …/secrets}. */
  record Create(String name, String environment, String type, String description, Map<String, String> tags,
      List<KeyBody> keys) {
    NewSecret toNewSecret() {
      SecretType secretType = type == null ? null : SecretType.fromWireName(type);
      if (keys == null || keys.isEmpty()) {
        throw ValidationException.of("keys", "required", "at least one key is required");
      }
      return new NewSecret(name, environment, secretType, description, tags, inputs(keys));
    }
  }

  /** {@code PATCH …/secrets/{id}}: only the given fields change. */
  record Update(String name, String environment, String description, Map<String, String> tags,
      List<KeyBody> keys, @JsonProperty("expected_version") Integer expectedVersion) {
    SecretUpdate toUpdate() {
      return new SecretUpdate(name, environment, description, tags, keys == null ? null : inputs(keys),
          expectedVersion);
    }
  }

  /** {@code POST …/secrets/{id}/rollback}. */
  record Rollback(Integer to, @JsonProperty("expected_version") Integer expectedVersion) {
    int target() {
      if (to == null || to < 1) {
        throw ValidationException.of("to", "required", "the version to roll back to is required (1 or more)");
      }
      return to;
    }
  }

  private static List<KeyInput> inputs(List<KeyBody> keys) {
    List<KeyInput> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i) == null) {
        throw ValidationException.of("keys[" + i + "]", "required", "must be an object");
      }
      out.add(keys.get(i).toInput("keys[" + i + "]"));
    }
    return out;
  }
}
