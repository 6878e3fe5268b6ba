package strongroom.engine.registry;

import java.util.List;

/** A registry entry: the action's name ({@code namespace.name}), what it does, its arguments and secrets. */
public record ActionSpec(String name, String description, List<ArgumentSpec> arguments,
    List<RegistrySecret> secrets, Action action) {
  public ActionSpec {
    arguments = List.copyOf(arguments);
    secrets = List.copyOf(secrets);
  }

  /** The namespace: the part before the last dot ({@code core.transform} of {@code core.transform.reshape}). */
  public String namespace() {
    return name.substring(0, name.lastIndexOf('.'));
  }
}
