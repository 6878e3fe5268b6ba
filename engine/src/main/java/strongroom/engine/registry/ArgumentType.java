package strongroom.engine.registry;

import java.util.List;
import java.util.Map;

/** JSON types an action argument may take; {@link #ANY} accepts every value. */
public enum ArgumentType {
  STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY, ANY;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** True when {@code value} (a JSON-like Java value; null is checked by the caller) has this type. */
  public boolean accepts(Object value) {
    return switch (this) {
      case STRING -> value instanceof String;
      case INTEGER -> value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case OBJECT -> value instanceof Map;
      case ARRAY -> value instanceof List;
      case ANY -> true;
    };
  }
}
