package strongroom.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show times: to the second, in UTC, the same on every server. */
public final class Display {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Display() {}

  public static String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }
}
