package strongroom.engine.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import strongroom.engine.registry.ArgumentType;

/**
 * A workflow's optional {@code inputs} schema: each input has a {@code type} (string, integer,
 * number, boolean, object, array, any; or Python's str, int, float, bool, dict, list), optional
 * {@code default} and {@code description}, and is required unless it has a default or says
 * {@code required: false}. Checked on save; trigger inputs are checked against it when a run starts.
 */
public final class InputsSchema {
  private static final Set<String> FIELDS = Set.of("type", "required", "default", "description");
  private static final Map<String, ArgumentType> ALIASES = Map.of(
      "str", ArgumentType.STRING, "int", ArgumentType.INTEGER, "float", ArgumentType.NUMBER,
      "bool", ArgumentType.BOOLEAN, "dict", ArgumentType.OBJECT, "list", ArgumentType.ARRAY);

  private InputsSchema() {}

  /** Problems of the schema itself, at path {@code inputs.<name>…}. */
  public static List<Problem> check(Map<String, Object> schema) {
    List<Problem> out = new ArrayList<>();
    if (schema == null) {
      return out;
    }
    for (Map.Entry<String, Object> input : schema.entrySet()) {
      String path = "inputs." + input.getKey();
      if (!(input.getValue() instanceof Map<?, ?> spec)) {
        out.add(Problem.error(ProblemCode.SHAPE, null, path, "must be a map with `type`, `required`, `default`, `description`"));
        continue;
      }
      for (Object field : spec.keySet()) {
        if (!FIELDS.contains(String.valueOf(field))) {
          out.add(Problem.error(ProblemCode.SHAPE, null, path + "." + field, "unknown field; use " + FIELDS));
        }
      }
      ArgumentType type = type(spec.get("type"));
      if (spec.get("type") != null && type == null) {
        out.add(Problem.error(ProblemCode.SHAPE, null, path + ".type", "unknown type `" + spec.get("type") + "`"));
      }
      if (spec.get("required") != null && !(spec.get("required") instanceof Boolean)) {
        out.add(Problem.error(ProblemCode.WRONG_TYPE, null, path + ".required", "must be true or false"));
      }
      Object fallback = spec.get("default");
      if (fallback != null && type != null && !type.accepts(fallback)) {
        out.add(Problem.error(ProblemCode.WRONG_TYPE, null, path + ".default", "is not of type " + type.wireName()));
      }
    }
    return out;
  }

  /**
   * The trigger inputs with defaults filled in, or the list of what is wrong with them (missing,
   * of the wrong type, or not declared). Without a schema the inputs pass unchanged.
   */
  public static Checked apply(Map<String, Object> schema, Object inputs) {
    if (schema == null) {
      return new Checked(inputs, List.of());
    }
    List<String> problems = new ArrayList<>();
    if (inputs != null && !(inputs instanceof Map)) {
      return new Checked(null, List.of("trigger inputs must be a map of the declared inputs"));
    }
    Map<?, ?> given = inputs == null ? Map.of() : (Map<?, ?>) inputs;
    Map<String, Object> out = new LinkedHashMap<>();
    for (Object name : given.keySet()) {
      if (!schema.containsKey(String.valueOf(name))) {
        problems.add("input `" + name + "` is not declared");
      }
    }
    for (Map.Entry<String, Object> input : schema.entrySet()) {
      Map<?, ?> spec = input.getValue() instanceof Map<?, ?> m ? m : Map.of();
      Object value = given.get(input.getKey());
      if (value == null) {
        value = spec.get("default");
      }
      ArgumentType type = type(spec.get("type"));
      boolean required = spec.get("default") == null && !Boolean.FALSE.equals(spec.get("required"));
      if (value == null) {
        if (required) {
          problems.add("input `" + input.getKey() + "` is required");
        }
        continue;
      }
      if (type != null && !type.accepts(value)) {
        problems.add("input `" + input.getKey() + "` must be of type " + type.wireName());
      }
      out.put(input.getKey(), value);
    }
    return new Checked(problems.isEmpty() ? out : null, problems);
  }

  private static ArgumentType type(Object name) {
    if (name == null) {
      return ArgumentType.ANY;
    }
    String text = String.valueOf(name).toLowerCase(Locale.ROOT);
    if (ALIASES.containsKey(text)) {
      return ALIASES.get(text);
    }
    for (ArgumentType type : ArgumentType.values()) {
      if (type.wireName().equals(text)) {
        return type;
      }
    }
    return null;
  }

  /** Inputs after checking: the values with defaults (null when there are problems) and the problems. */
  public record Checked(Object inputs, List<String> problems) {}
}
