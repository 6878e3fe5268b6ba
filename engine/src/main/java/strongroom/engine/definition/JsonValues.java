package strongroom.engine.definition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Brings YAML and JSON parser output to the engine's JSON-like values: Long, Double, String, Boolean, List, Map. */
public final class JsonValues {
  private JsonValues() {}

  public static Object normalize(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (value instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    if (value instanceof Date d) {
      // SnakeYAML reads unquoted dates as Date; workflows mean the text they wrote.
      return d.toInstant().toString();
    }
    if (value instanceof byte[] bytes) {
      return java.util.Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(item -> out.add(normalize(item)));
      return out;
    }
    if (value instanceof java.util.Set<?> set) {
      return normalize(new ArrayList<>(set));
    }
    return value;
  }
}
