package strongroom.engine.registry.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistrySecret;

/** One secret name as the registry's actions use it: a row of the secrets cheatsheet. */
public record SecretUsage(String name, List<String> keys, List<String> optionalKeys,
    boolean optional, List<String> actions) {
  public SecretUsage {
    keys = List.copyOf(keys);
    optionalKeys = List.copyOf(optionalKeys);
    actions = List.copyOf(actions);
  }

  /**
   * Whether a stored copy holding {@code keyNames} satisfies this usage: every required key, and
   * at least one optional key when there are only optional ones (the {@code aws} rule).
   */
  public boolean configuredBy(java.util.Collection<String> keyNames) {
    return new RegistrySecret(name, keys, optionalKeys, optional).problems("", Set.copyOf(keyNames)).isEmpty();
  }

  /**
   * Every secret name the registry's actions declare, most used first, then by name. Actions may
   * declare one name with different keys (splunk's send_event needs SPLUNK_HEC_TOKEN, its search
   * SPLUNK_API_KEY): {@code keys} are those every such action needs, {@code optionalKeys} every
   * other declared key, and {@code optional} holds when every action declares it optional.
   */
  public static List<SecretUsage> of(Registry registry) {
    Map<String, List<RegistrySecret>> declarations = new LinkedHashMap<>();
    Map<String, List<String>> users = new LinkedHashMap<>();
    for (ActionSpec action : registry.all()) {
      for (RegistrySecret s : action.secrets()) {
        declarations.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s);
        users.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(action.name());
      }
    }
    List<SecretUsage> out = new ArrayList<>();
    declarations.forEach((name, all) -> out.add(merge(name, all, users.get(name))));
    out.sort(Comparator.comparingInt((SecretUsage u) -> -u.actions().size())
        .thenComparing(SecretUsage::name));
    return List.copyOf(out);
  }

  private static SecretUsage merge(String name, List<RegistrySecret> all, List<String> actions) {
    Set<String> always = new LinkedHashSet<>(all.get(0).keys());
    Set<String> mentioned = new LinkedHashSet<>();
    for (RegistrySecret s : all) {
      always.retainAll(s.keys());
      mentioned.addAll(s.keys());
      mentioned.addAll(s.optionalKeys());
    }
    mentioned.removeAll(always);
    boolean optional = all.stream().allMatch(RegistrySecret::optional);
    return new SecretUsage(name, List.copyOf(always), List.copyOf(mentioned), optional, actions);
  }
}
