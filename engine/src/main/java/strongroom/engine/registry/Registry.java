package strongroom.engine.registry;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/** Every action the engine can run, by name. Immutable once built. */
public final class Registry {
  private final TreeMap<String, ActionSpec> actions;

  private Registry(TreeMap<String, ActionSpec> actions) {
    this.actions = actions;
  }

  public Optional<ActionSpec> find(String name) {
    return Optional.ofNullable(actions.get(name));
  }

  /** All actions, sorted by name. */
  public Collection<ActionSpec> all() {
    return Collections.unmodifiableCollection(actions.values());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects actions; a duplicate name is a bug in the registry's wiring. */
  public static final class Builder {
    private final TreeMap<String, ActionSpec> actions = new TreeMap<>();

    public Builder add(ActionSpec spec) {
      if (actions.putIfAbsent(spec.name(), spec) != null) {
        throw new IllegalStateException("action `" + spec.name() + "` is registered twice");
      }
      return this;
    }

    public Registry build() {
      return new Registry(new TreeMap<>(actions));
    }
  }
}
