package strongroom.engine.registry;

/** One argument of an action: name, type, whether it must be given, its default, and what it is for. */
public record ArgumentSpec(String name, ArgumentType type, boolean required, Object defaultValue, String description) {
  public static ArgumentSpec required(String name, ArgumentType type, String description) {
    return new ArgumentSpec(name, type, true, null, description);
  }

  public static ArgumentSpec optional(String name, ArgumentType type, Object defaultValue, String description) {
    return new ArgumentSpec(name, type, false, defaultValue, description);
  }
}
