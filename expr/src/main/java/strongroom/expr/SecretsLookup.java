package strongroom.expr;

import java.util.Map;
import java.util.Objects;

/**
 * Where {@code SECRETS.<name>.<key>} values come from during one evaluation.
 *
 * <p>Implementations return the plaintext value or throw {@link MissingSecretException}; they
 * never return null. The expression language never puts the returned value into an error
 * message or a {@code toString}.
 */
@FunctionalInterface
public interface SecretsLookup {

  /**
   * The value of {@code key} in secret {@code name}.
   *
   * @throws MissingSecretException when the secret or the key is absent
   */
  String value(String name, String key);

  /** A lookup that holds nothing: every reference is a missing secret. */
  static SecretsLookup none() {
    return (name, key) -> {
      throw MissingSecretException.noSecret(name, key);
    };
  }

  /** A lookup over an in-memory map name → key → value (tests, CLI); the map is copied. */
  static SecretsLookup ofMap(Map<String, Map<String, String>> secrets) {
    Map<String, Map<String, String>> copy = new java.util.HashMap<>();
    Objects.requireNonNull(secrets).forEach((name, keys) -> copy.put(name, Map.copyOf(keys)));
    return (name, key) -> {
      Map<String, String> keys = copy.get(name);
      if (keys == null) {
        throw MissingSecretException.noSecret(name, key);
      }
      String value = keys.get(key);
      if (value == null) {
        throw MissingSecretException.noKey(name, key);
      }
      return value;
    };
  }
}
