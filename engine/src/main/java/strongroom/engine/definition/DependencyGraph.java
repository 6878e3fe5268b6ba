package strongroom.engine.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who waits for whom: explicit {@code depends_on} plus the implicit edge every
 * {@code ACTIONS.<ref>} reference makes. Refs that name no action are left out (the validator
 * reports them).
 */
public final class DependencyGraph {
  private final Map<String, Set<String>> upstream;

  private DependencyGraph(Map<String, Set<String>> upstream) {
    this.upstream = upstream;
  }

  public static DependencyGraph of(WorkflowDefinition definition, Map<String, ActionReferences> references) {
    Set<String> refs = new LinkedHashSet<>();
    definition.actions().forEach(a -> refs.add(a.ref()));
    Map<String, Set<String>> upstream = new LinkedHashMap<>();
    for (ActionStatement action : definition.actions()) {
      Set<String> deps = upstream.computeIfAbsent(action.ref(), r -> new LinkedHashSet<>());
      action.dependsOn().stream().filter(refs::contains).forEach(deps::add);
      ActionReferences refsOf = references.get(action.ref());
      if (refsOf != null) {
        refsOf.actions().stream().filter(refs::contains).forEach(deps::add);
      }
    }
    return new DependencyGraph(upstream);
  }

  /** The actions {@code ref} waits for. */
  public Set<String> upstream(String ref) {
    return upstream.getOrDefault(ref, Set.of());
  }

  /** Every cycle found, each as the refs along it with the first repeated at the end; empty when acyclic. */
  public List<List<String>> cycles() {
    List<List<String>> cycles = new ArrayList<>();
    Map<String, Integer> state = new LinkedHashMap<>(); // 1 = on the path, 2 = done
    for (String ref : upstream.keySet()) {
      visit(ref, state, new ArrayList<>(), cycles);
    }
    return cycles;
  }

  private void visit(String ref, Map<String, Integer> state, List<String> path, List<List<String>> cycles) {
    Integer s = state.get(ref);
    if (s != null && s == 2) {
      return;
    }
    if (s != null) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(ref), path.size()));
      cycle.add(ref);
      cycles.add(cycle);
      return;
    }
    state.put(ref, 1);
    path.add(ref);
    for (String dep : upstream(ref)) {
      visit(dep, state, path, cycles);
    }
    path.remove(path.size() - 1);
    state.put(ref, 2);
  }
}
