package strongroom.engine.registry.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of one YAML mapping, each wrong or missing field reported against its path
 * ({@code actions[0].steps[1].ref}); unknown fields are reported too, since a typo there would
 * otherwise be silently ignored.
 */
final class Fields {
  private final Map<String, Object> map;
  private final String path;
  private final Problems problems;

  Fields(Object value, String path, Problems problems, Set<String> allowed) {
    this.path = path;
    this.problems = problems;
    if (value instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) m;
      this.map = typed;
      for (String key : typed.keySet()) {
        if (!allowed.contains(key)) {
          problems.add(path(key), "unknown field (expected one of " + String.join(", ",
              allowed.stream().sorted().toList()) + ")");
        }
      }
    } else {
      this.map = Map.of();
      problems.add(path.isEmpty() ? "(root)" : path, "must be a mapping");
    }
  }

  /** This mapping's own path. */
  String path() {
    return path;
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    return map.get(key) != null;
  }

  Object raw(String key) {
    return map.get(key);
  }

  String string(String key, boolean required) {
    Object v = map.get(key);
    if (v == null) {
      if (required) {
        problems.add(path(key), "is required");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      problems.add(path(key), "must be a string");
      return null;
    }
    return s;
  }

  boolean bool(String key, boolean fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Boolean b)) {
      problems.add(path(key), "must be true or false");
      return fallback;
    }
    return b;
  }

  List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    Object v = map.get(key);
    if (v == null) {
      return out;
    }
    if (!(v instanceof List<?> l)) {
      problems.add(path(key), "must be a list of strings");
      return out;
    }
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i) instanceof String s) {
        out.add(s);
      } else {
        problems.add(path(key) + "[" + i + "]", "must be a string");
      }
    }
    return out;
  }

  /** A list field; a missing one is empty, or a problem when {@code required}. */
  List<?> list(String key, boolean required) {
    Object v = map.get(key);
    if (v == null || v instanceof List<?> l && l.isEmpty()) {
      if (required) {
        problems.add(path(key), "must list at least one entry");
      }
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      problems.add(path(key), "must be a list");
      return List.of();
    }
    return l;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String key) {
    Object v = map.get(key);
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?>)) {
      problems.add(path(key), "must be a mapping");
      return Map.of();
    }
    return (Map<String, Object>) v;
  }
}
