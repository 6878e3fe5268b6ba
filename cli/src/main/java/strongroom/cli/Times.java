package strongroom.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How times are shown: ISO-8601 in UTC, to the second in tables and in full in JSON. */
public final class Times {
  private Times() {}

  public static String shortIso(Instant at) {
    return at == null ? "" : at.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  public static String iso(Instant at) {
    return at == null ? null : at.toString();
  }
}
