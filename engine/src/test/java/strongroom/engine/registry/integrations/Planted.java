package strongroom.engine.registry.integrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.engine.testing.TestActionContext;
import strongroom.secrets.testing.Canaries;

/** The stored secrets of one test: name → key → canary value; immutable, each change a copy. */
final class Planted {
  private final Map<String, Map<String, String>> secrets;

  private Planted(Map<String, Map<String, String>> secrets) {
    this.secrets = secrets;
  }

  /** Secret {@code name} holding each of {@code keys}, every value a fresh canary. */
  static Planted canaries(String name, String... keys) {
    return new Planted(Map.of()).withCanaries(name, keys);
  }

  Planted withCanaries(String name, String... keys) {
    Planted out = this;
    for (String key : keys) {
      out = out.with(name, key, Canaries.next());
    }
    return out;
  }

  /** A copy where {@code name.key} holds {@code value} (not necessarily a secret-looking one). */
  Planted with(String name, String key, String value) {
    Map<String, Map<String, String>> copy = copy();
    copy.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, value);
    return new Planted(copy);
  }

  /** A copy without key {@code key} of {@code name}. */
  Planted without(String name, String key) {
    Map<String, Map<String, String>> copy = copy();
    copy.getOrDefault(name, new LinkedHashMap<>()).remove(key);
    return new Planted(copy);
  }

  /** A copy without secret {@code name} at all. */
  Planted withoutSecret(String name) {
    Map<String, Map<String, String>> copy = copy();
    copy.remove(name);
    return new Planted(copy);
  }

  String value(String name, String key) {
    return secrets.get(name).get(key);
  }

  /** The values of each secret, one list per secret, for a masker. */
  List<List<String>> valuesBySecret() {
    List<List<String>> out = new ArrayList<>();
    secrets.values().forEach(keys -> out.add(List.copyOf(keys.values())));
    return out;
  }

  /** A context holding these secrets and {@code args}. */
  TestActionContext context(Map<String, ?> args) {
    TestActionContext.Builder b = TestActionContext.builder().args(args);
    secrets.forEach((name, keys) -> keys.forEach((k, v) -> b.secret(name, k, v)));
    return b.build();
  }

  private Map<String, Map<String, String>> copy() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    secrets.forEach((name, keys) -> out.put(name, new LinkedHashMap<>(keys)));
    return out;
  }

  @Override
  public String toString() {
    return "Planted" + secrets.keySet();
  }
}
