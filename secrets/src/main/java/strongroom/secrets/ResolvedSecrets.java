package strongroom.secrets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plaintext secrets handed to one action: name → key → value. {@link #close()} zeroes every buffer;
 * {@link #toString()} names secrets and keys only.
 */
public final class ResolvedSecrets implements AutoCloseable {
  private final String environment;
  private final Map<String, Map<String, SecretValue>> values;
  private volatile boolean closed;

  public ResolvedSecrets(String environment, Map<String, Map<String, SecretValue>> values) {
    this.environment = environment;
    Map<String, Map<String, SecretValue>> copy = new LinkedHashMap<>();
    values.forEach((name, keys) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(keys))));
    this.values = Collections.unmodifiableMap(copy);
  }

  public String environment() {
    return environment;
  }

  public Set<String> names() {
    return values.keySet();
  }

  /** The keys of one secret, in stored (sorted) order. */
  public Set<String> keys(String name) {
    checkOpen();
    Map<String, SecretValue> keys = values.get(name);
    if (keys == null) {
      throw new MissingSecretsException(environment, java.util.List.of(name));
    }
    return keys.keySet();
  }

  /** One value; a secret or key that was not resolved is a {@link MissingSecretsException} naming it. */
  public SecretValue value(String name, String key) {
    checkOpen();
    Map<String, SecretValue> keys = values.get(name);
    if (keys == null) {
      throw new MissingSecretsException(environment, java.util.List.of(name));
    }
    SecretValue value = keys.get(key);
    if (value == null) {
      throw new MissingSecretsException(environment, java.util.List.of(name + "." + key));
    }
    return value;
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
    values.values().forEach(keys -> keys.values().forEach(SecretValue::destroy));
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("resolved secrets were closed");
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ResolvedSecrets[environment=").append(environment);
    values.forEach((name, keys) -> out.append(", ").append(name).append(new TreeSet<>(keys.keySet())));
    return out.append(']').toString();
  }
}
