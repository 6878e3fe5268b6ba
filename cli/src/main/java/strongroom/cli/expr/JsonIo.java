package strongroom.cli.expr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out for the expr commands. Parse errors report a line and column only: Jackson's
 * own messages quote the input, which may hold secret values.
 */
final class JsonIo {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonIo() {}

  static Object read(String text, String what) {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ContextFile.InputException("invalid JSON in " + what
          + (at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr()));
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(plain(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a plain value failed to serialize", e);
    }
  }

  // Datetimes leave as ISO 8601 text; everything else is already JSON-shaped.
  private static Object plain(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof OffsetDateTime t) {
      return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (v instanceof ZonedDateTime t) {
      return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    return v;
  }
}
