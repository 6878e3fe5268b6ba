package strongroom.cli.expr;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import strongroom.expr.EvalContext;
import strongroom.expr.SecretsLookup;

/**
 * Builds an {@link EvalContext} from the JSON object of {@code --context} or a JSONL line:
 * {@code {"SECRETS": {name: {key: value}}, "ACTIONS": ..., "TRIGGER": ..., "var": ...,
 * "ENV": ..., "VARS": ...}}. Errors name keys, never values.
 */
final class ContextFile {
  private static final Set<String> ROOTS = Set.of("SECRETS", "ACTIONS", "TRIGGER", "var", "ENV", "VARS");

  private ContextFile() {}

  static EvalContext build(Object json, Clock clock) {
    EvalContext.Builder b = EvalContext.builder().clock(clock);
    if (json == null) {
      return b.build();
    }
    if (!(json instanceof Map<?, ?> root)) {
      throw new InputException("the context must be a JSON object");
    }
    for (Object key : root.keySet()) {
      if (!ROOTS.contains(key)) {
        throw new InputException("the context has an unknown key '" + key
            + "' (expected SECRETS, ACTIONS, TRIGGER, var, ENV, VARS)");
      }
    }
    b.actions(object(root, "ACTIONS"));
    b.trigger(root.get("TRIGGER"));
    b.var(object(root, "var"));
    b.env(object(root, "ENV"));
    if (root.containsKey("VARS")) {
      b.vars(object(root, "VARS"));
    }
    b.secrets(secrets(root.get("SECRETS")));
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<?, ?> root, String key) {
    Object v = root.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Map)) {
      throw new InputException("context." + key + " must be a JSON object");
    }
    return (Map<String, Object>) v;
  }

  private static SecretsLookup secrets(Object v) {
    if (v == null) {
      return SecretsLookup.none();
    }
    if (!(v instanceof Map<?, ?> names)) {
      throw new InputException("context.SECRETS must map names to objects of keys");
    }
    Map<String, Map<String, String>> out = new HashMap<>();
    for (Map.Entry<?, ?> e : names.entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?> keys)) {
        throw new InputException("context.SECRETS." + e.getKey() + " must be an object of keys");
      }
      Map<String, String> values = new HashMap<>();
      for (Map.Entry<?, ?> k : keys.entrySet()) {
        if (!(k.getValue() instanceof String s)) {
          throw new InputException("context.SECRETS." + e.getKey() + "." + k.getKey()
              + " must be a string");
        }
        values.put(String.valueOf(k.getKey()), s);
      }
      out.put(String.valueOf(e.getKey()), values);
    }
    return SecretsLookup.ofMap(out);
  }

  /** Bad input to the command: exit code 2, message safe to print. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message, null, false, false);
    }
  }
}
