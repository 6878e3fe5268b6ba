package strongroom.engine.registry.aws;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * SDK model objects as JSON-like values keyed by the API's member names ({@code AccountId},
 * {@code Severity}…), the shape boto3 returns and Tracecat's AWS actions show. Unset members
 * are left out.
 */
final class SdkJson {
  private SdkJson() {}

  static Object toJson(Object v) {
    if (v == null || v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>) {
      return null;
    }
    if (v instanceof SdkPojo pojo) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (SdkField<?> field : pojo.sdkFields()) {
        Object value = toJson(field.getValueOrDefault(pojo));
        if (value != null) {
          out.put(field.memberName(), value);
        }
      }
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(toJson(x)));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), toJson(x)));
      return out;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float || v instanceof BigDecimal) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Instant i) {
      return i.toString();
    }
    if (v instanceof SdkBytes b) {
      return java.util.Base64.getEncoder().encodeToString(b.asByteArray());
    }
    if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double) {
      return v;
    }
    return v.toString();
  }
}
