package strongroom.engine.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks evaluated arguments against an action's {@link ArgumentSpec}s and fills in defaults. The
 * runner calls both before an action runs; templates call them for each of their steps.
 *
 * <p>A null value counts as absent: a required argument that evaluates to null is missing, and an
 * optional one gets its default. That way {@code ${{ TRIGGER.timeout }}} on a run without a
 * timeout means "use the default" rather than failing the type check.
 */
public final class ArgumentChecker {
  private ArgumentChecker() {}

  /** Every problem with {@code args} for {@code spec}, in a stable order (empty: fine). */
  public static List<ArgumentProblem> check(ActionSpec spec, Map<String, ?> args) {
    Map<String, ArgumentSpec> byName = byName(spec);
    List<ArgumentProblem> out = new ArrayList<>();
    for (String name : args.keySet()) {
      if (!byName.containsKey(name)) {
        out.add(new ArgumentProblem(name, ArgumentProblem.Code.UNKNOWN_ARGUMENT,
            "unknown argument `" + name + "` for `" + spec.name() + "` (it takes "
                + String.join(", ", byName.keySet()) + ")"));
      }
    }
    for (ArgumentSpec a : spec.arguments()) {
      Object value = args.get(a.name());
      if (value == null) {
        if (a.required()) {
          out.add(new ArgumentProblem(a.name(), ArgumentProblem.Code.MISSING_ARGUMENT,
              "missing required argument `" + a.name() + "` for `" + spec.name() + "`"));
        }
      } else if (!a.type().accepts(value)) {
        out.add(new ArgumentProblem(a.name(), ArgumentProblem.Code.WRONG_TYPE,
            "argument `" + a.name() + "` of `" + spec.name() + "` must be " + a.type().wireName()
                + ", not " + typeName(value)));
      }
    }
    return out;
  }

  /** {@code args} with every absent or null optional argument set to its default (a copy). */
  public static Map<String, Object> withDefaults(ActionSpec spec, Map<String, ?> args) {
    Map<String, Object> out = new LinkedHashMap<>(args);
    for (ArgumentSpec a : spec.arguments()) {
      if (out.get(a.name()) == null && a.defaultValue() != null) {
        out.put(a.name(), a.defaultValue());
      }
    }
    return out;
  }

  /** The JSON type name of a JSON-like value, for messages. */
  public static String typeName(Object value) {
    for (ArgumentType t : List.of(ArgumentType.STRING, ArgumentType.INTEGER, ArgumentType.NUMBER,
        ArgumentType.BOOLEAN, ArgumentType.OBJECT, ArgumentType.ARRAY)) {
      if (value != null && t.accepts(value)) {
        return t.wireName();
      }
    }
    return value == null ? "null" : value.getClass().getSimpleName();
  }

  private static Map<String, ArgumentSpec> byName(ActionSpec spec) {
    Map<String, ArgumentSpec> out = new LinkedHashMap<>();
    spec.arguments().forEach(a -> out.put(a.name(), a));
    return out;
  }
}
