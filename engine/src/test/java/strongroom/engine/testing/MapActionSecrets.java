package strongroom.engine.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import strongroom.engine.registry.ActionSecrets;
import strongroom.secrets.MissingSecretsException;

/** {@link ActionSecrets} over an in-memory map name → key → value, for tests. */
public final class MapActionSecrets implements ActionSecrets {
  private final String environment;
  private final Map<String, Map<String, String>> secrets = new HashMap<>();

  public MapActionSecrets(String environment, Map<String, Map<String, String>> secrets) {
    this.environment = environment;
    secrets.forEach((name, keys) -> this.secrets.put(name, Map.copyOf(keys)));
  }

  @Override
  public String value(String name, String key) {
    Map<String, String> keys = secrets.get(name);
    if (keys == null) {
      throw new MissingSecretsException(environment, List.of(name));
    }
    String value = keys.get(key);
    if (value == null) {
      throw new MissingSecretsException(environment, List.of(name + "." + key));
    }
    return value;
  }

  @Override
  public Optional<String> optional(String name, String key) {
    return Optional.ofNullable(secrets.getOrDefault(name, Map.of()).get(key));
  }

  @Override
  public Set<String> keys(String name) {
    return secrets.getOrDefault(name, Map.of()).keySet();
  }

  @Override
  public String toString() {
    return "MapActionSecrets[" + environment + ", names=" + secrets.keySet() + "]";
  }
}
