package strongroom.expr.fn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.Frame;

/** lookup, merge, to_keys, to_values, zip_map and flatten_dict. */
final class DictFunctions {
  private DictFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("lookup", 2, 3, DictFunctions::lookup);
    b.add("merge", 1, -1, DictFunctions::merge);
    b.add("to_keys", 1, 1, a -> new ArrayList<Object>(a.map(0).keySet()));
    b.add("to_values", 1, 1, a -> new ArrayList<>(a.map(0).values()));
    b.add("zip_map", 2, 2, DictFunctions::zipMap);
    b.add("flatten_dict", 1, 2, DictFunctions::flattenDict);
  }

  // lookup(dict, key[, default]); a list takes an int index. Missing gives the default (None).
  private static Object lookup(Args a) {
    Object container = a.get(0);
    Object key = a.get(1);
    Object fallback = a.get(2);
    if (container instanceof Map<?, ?> m) {
      if (!(key instanceof String)) {
        throw a.typeError(1, "str");
      }
      return m.containsKey(key) ? m.get(key) : fallback;
    }
    if (container instanceof List<?> l) {
      if (!(key instanceof Long i)) {
        throw a.typeError(1, "int");
      }
      long idx = i < 0 ? i + l.size() : i;
      return idx >= 0 && idx < l.size() ? l.get((int) idx) : fallback;
    }
    throw a.typeError(0, "dict or list");
  }

  // merge(d1, d2, ...) or merge([d1, d2, ...]); later keys win.
  private static Object merge(Args a) {
    List<Object> maps = a.size() == 1 && a.get(0) instanceof List<?> ? a.list(0) : a.rest(0);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < maps.size(); i++) {
      if (!(maps.get(i) instanceof Map<?, ?> m)) {
        throw a.valueError("item " + i + " is not a dict");
      }
      a.frame().checkSize(out.size() + (long) m.size());
      m.forEach((k, v) -> out.put(String.valueOf(k), v));
    }
    return out;
  }

  private static Object zipMap(Args a) {
    List<Object> keys = a.list(0);
    List<Object> values = a.list(1);
    Map<String, Object> out = new LinkedHashMap<>();
    int n = Math.min(keys.size(), values.size());
    for (int i = 0; i < n; i++) {
      if (!(keys.get(i) instanceof String k)) {
        throw a.valueError("key " + i + " is not a str");
      }
      out.put(k, values.get(i));
    }
    return out;
  }

  // {'a': {'b': 1}, 'l': [2]} -> {'a.b': 1, 'l.0': 2}; deeper than max_depth stays nested.
  private static Object flattenDict(Args a) {
    Object x = a.get(0);
    if (!(x instanceof Map || x instanceof List)) {
      throw a.typeError(0, "dict or list");
    }
    long maxDepth = a.integer(1, 100);
    Map<String, Object> out = new LinkedHashMap<>();
    if (x instanceof Map<?, ?> m && m.isEmpty() || x instanceof List<?> l && l.isEmpty()) {
      return out;
    }
    flatten("", x, 0, maxDepth, out, a.frame());
    return out;
  }

  private static void flatten(String prefix, Object v, long depth, long maxDepth,
      Map<String, Object> out, Frame f) {
    boolean nested = v instanceof Map<?, ?> m && !m.isEmpty() || v instanceof List<?> l && !l.isEmpty();
    if (!nested || depth >= maxDepth) {
      out.put(prefix, v);
      f.checkSize(out.size());
      return;
    }
    f.enter();
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        flatten(join(prefix, String.valueOf(e.getKey())), e.getValue(), depth + 1, maxDepth, out, f);
      }
    } else {
      List<?> l = (List<?>) v;
      for (int i = 0; i < l.size(); i++) {
        flatten(join(prefix, Integer.toString(i)), l.get(i), depth + 1, maxDepth, out, f);
      }
    }
    f.exit();
  }

  private static String join(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }
}
