package strongroom.engine.registry;

import java.util.Optional;
import java.util.Set;

/**
 * Read access to the secrets resolved for one action invocation. A missing secret or key is a
 * {@link strongroom.secrets.MissingSecretsException} naming it and the environment, never null.
 */
public interface ActionSecrets {
  String value(String name, String key);

  /** An optional key: empty when the secret or the key is absent. */
  Optional<String> optional(String name, String key);

  /** Keys present for a resolved secret; empty when the secret was not resolved. */
  Set<String> keys(String name);
}
