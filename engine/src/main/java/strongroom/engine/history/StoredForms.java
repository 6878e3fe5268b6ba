package strongroom.engine.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/** Column forms of the engine's tables: epoch microseconds and JSON text. */
final class StoredForms {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredForms() {}

  static long micros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
  }

  static Instant instant(Long micros) {
    return micros == null ? null
        : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  static String json(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // The message could quote the value; only the type is kept.
      throw new IllegalStateException("cannot store a value of type " + value.getClass().getSimpleName());
    }
  }

  static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored JSON column does not parse");
    }
  }
}
