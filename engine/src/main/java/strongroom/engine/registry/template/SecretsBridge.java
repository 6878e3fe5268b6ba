package strongroom.engine.registry.template;

import java.util.List;
import strongroom.engine.registry.ActionSecrets;
import strongroom.engine.registry.RegistrySecret;
import strongroom.expr.MissingSecretException;
import strongroom.expr.SecretsLookup;

/**
 * Lets a template's expressions read {@code SECRETS.<name>.<key>} from the action's resolved
 * secrets. A key the action declares in {@code optional_keys} reads as the empty string when it is
 * absent, so {@code SECRETS.x.KEY || inputs.fallback} picks the fallback; every other absent key
 * fails (the expression language takes no null from a lookup, by design).
 */
final class SecretsBridge implements SecretsLookup {
  private final ActionSecrets secrets;
  private final List<RegistrySecret> declared;

  SecretsBridge(ActionSecrets secrets, List<RegistrySecret> declared) {
    this.secrets = secrets;
    this.declared = declared;
  }

  @Override
  public String value(String name, String key) {
    if (isOptionalKey(name, key)) {
      return secrets.optional(name, key).orElse("");
    }
    // Through optional(): the expression language reports its own typed missing-secret error.
    return secrets.optional(name, key).orElseThrow(() -> secrets.keys(name).isEmpty()
        ? MissingSecretException.noSecret(name, key) : MissingSecretException.noKey(name, key));
  }

  private boolean isOptionalKey(String name, String key) {
    return declared.stream().anyMatch(s -> s.name().equals(name) && s.optionalKeys().contains(key));
  }
}
