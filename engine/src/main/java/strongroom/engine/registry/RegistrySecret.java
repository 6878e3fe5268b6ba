package strongroom.engine.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A secret an action declares: every key in {@code keys} must be present; {@code optionalKeys} may
 * be. A secret with {@code optional = false} and only optional keys needs at least one of them
 * (the {@code aws} case). An optional secret may be absent altogether, but if present its required
 * keys must be there.
 */
public record RegistrySecret(String name, List<String> keys, List<String> optionalKeys, boolean optional) {
  public RegistrySecret {
    keys = List.copyOf(keys);
    optionalKeys = List.copyOf(optionalKeys);
  }

  public static RegistrySecret of(String name, String... keys) {
    return new RegistrySecret(name, List.of(keys), List.of(), false);
  }

  /**
   * What is wrong with a stored copy holding {@code present} keys (empty list: satisfied). Each
   * entry is a sentence naming the secret and the key, e.g. "secret `jira` in `default` lacks key
   * `JIRA_API_TOKEN`".
   */
  public List<String> problems(String environment, Set<String> present) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      if (!present.contains(key)) {
        out.add("secret `" + name + "` in `" + environment + "` lacks key `" + key + "`");
      }
    }
    if (keys.isEmpty() && !optionalKeys.isEmpty() && optionalKeys.stream().noneMatch(present::contains)) {
      out.add("secret `" + name + "` in `" + environment + "` needs at least one of the keys " + optionalKeys);
    }
    return out;
  }

  /** The sentence for a declared, non-optional secret that is not stored in the environment. */
  public String missingProblem(String environment) {
    return "secret `" + name + "` is missing in environment `" + environment + "`";
  }
}
