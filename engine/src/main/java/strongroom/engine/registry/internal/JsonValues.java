package strongroom.engine.registry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text to and from the engine's JSON-like values (null, Boolean, Long, Double, String, List, Map). */
public final class JsonValues {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonValues() {}

  /** Decodes JSON text; throws {@link JsonProcessingException} (whose message we never surface). */
  public static Object decode(String text) throws JsonProcessingException {
    return fromNode(MAPPER.readTree(text));
  }

  public static String encode(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Jackson's message can quote the value; say only what kind of value it was.
      throw new IllegalArgumentException("cannot encode a " + value.getClass().getSimpleName()
          + " as JSON");
    }
  }

  /** A Jackson tree as JSON-like values; integers become Long (or Double when they do not fit). */
  public static Object fromNode(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>(node.size());
      node.forEach(n -> out.add(fromNode(n)));
      return out;
    }
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      node.properties().forEach(e -> out.put(e.getKey(), fromNode(e.getValue())));
      return out;
    }
    return node.asText();
  }
}
