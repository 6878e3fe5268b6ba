package strongroom.engine.registry.template;

import strongroom.engine.registry.ActionSecrets;
import strongroom.expr.MissingSecretException;
import strongroom.expr.SecretsLookup;

/** Lets a template's expressions read {@code SECRETS.<name>.<key>} from the action's resolved secrets. */
final class SecretsBridge implements SecretsLookup {
  private final ActionSecrets secrets;

  SecretsBridge(ActionSecrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public String value(String name, String key) {
    // Through optional(): the expression language reports its own typed missing-secret error.
    return secrets.optional(name, key).orElseThrow(() -> secrets.keys(name).isEmpty()
        ? MissingSecretException.noSecret(name, key) : MissingSecretException.noKey(name, key));
  }
}
