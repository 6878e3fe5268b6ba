package strongroom.server.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import strongroom.secrets.ValidationException;

/** Reads a time filter given by a caller (API query or page form), with a violation naming the field. */
public final class Instants {
  private Instants() {}

  /** {@code text} as an instant; null for null; otherwise a violation at {@code field}. */
  public static Instant parse(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(field, "timestamp", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }
}
