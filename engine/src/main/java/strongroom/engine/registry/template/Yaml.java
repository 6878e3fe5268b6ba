package strongroom.engine.registry.template;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Integration YAML to JSON-like values: safe construction only (no tags to Java types), integers
 * as Long, and no timestamp magic, which would turn a date-looking string into a Date.
 */
final class Yaml {
  private Yaml() {}

  static Object parse(String text, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      return normalise(new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).load(text),
          "", problems);
    } catch (MarkedYAMLException e) {
      problems.add("line " + (e.getProblemMark().getLine() + 1), "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      problems.add("(file)", "not valid YAML");
    }
    return null;
  }

  private static Object normalise(Object v, String path, Problems problems) {
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> {
        if (!(k instanceof String key)) {
          problems.add(path.isEmpty() ? "(root)" : path, "map keys must be strings");
        } else {
          out.put(key, normalise(x, path.isEmpty() ? key : path + "." + key, problems));
        }
      });
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(normalise(l.get(i), path + "[" + i + "]", problems));
      }
      return out;
    }
    if (v instanceof java.util.Date || v instanceof byte[] || v instanceof java.util.Set) {
      problems.add(path, "quote this value: YAML read it as a "
          + v.getClass().getSimpleName() + ", not a string");
      return null;
    }
    return v;
  }
}
