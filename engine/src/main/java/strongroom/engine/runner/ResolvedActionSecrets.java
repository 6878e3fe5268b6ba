package strongroom.engine.runner;

import java.util.Optional;
import java.util.Set;
import strongroom.engine.registry.ActionSecrets;
import strongroom.expr.MissingSecretException;
import strongroom.expr.SecretsLookup;
import strongroom.secrets.ResolvedSecrets;

/**
 * An action's and its templates' view of the secrets resolved for one invocation. Reads fail once
 * the holder is closed, so nothing can read a value after the invocation ends.
 */
final class ResolvedActionSecrets implements ActionSecrets {
  private final ResolvedSecrets resolved;

  ResolvedActionSecrets(ResolvedSecrets resolved) {
    this.resolved = resolved;
  }

  @Override
  public String value(String name, String key) {
    return resolved.value(name, key).reveal();
  }

  @Override
  public Optional<String> optional(String name, String key) {
    if (!resolved.names().contains(name) || !resolved.keys(name).contains(key)) {
      return Optional.empty();
    }
    return Optional.of(resolved.value(name, key).reveal());
  }

  @Override
  public Set<String> keys(String name) {
    return resolved.names().contains(name) ? resolved.keys(name) : Set.of();
  }

  /** The {@code SECRETS.<name>.<key>} lookup of the expression language, with its own missing-secret error. */
  SecretsLookup lookup() {
    return (name, key) -> {
      if (!resolved.names().contains(name)) {
        throw MissingSecretException.noSecret(name, key);
      }
      if (!resolved.keys(name).contains(key)) {
        throw MissingSecretException.noKey(name, key);
      }
      return resolved.value(name, key).reveal();
    };
  }

  @Override
  public String toString() {
    return "ActionSecrets" + resolved.names();
  }
}
