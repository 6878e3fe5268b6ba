package strongroom.engine.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.engine.definition.JsonValues;

/** Makes whatever an action returned a JSON-like value; an object of another type becomes its text (then masked). */
final class ResultValues {
  private ResultValues() {}

  static Object toJson(Object value) {
    Object v = JsonValues.normalize(value);
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double
        || v instanceof java.math.BigInteger) {
      return v;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), toJson(x)));
      return out;
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(x -> out.add(toJson(x)));
      return out;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return String.valueOf(v);
  }
}
