package strongroom.cli.audit;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time as {@code --since}/{@code --until} take it: an age ({@code 45s}, {@code 30m},
 * {@code 2h}, {@code 7d} ago), an ISO-8601 instant ({@code 2025-01-31T12:00:00Z}, an offset allowed),
 * or a date or local date-time, read as UTC.
 */
final class TimeArgument {
  static final String FORMS = "an age like 30m, 2h or 7d, an ISO-8601 time like 2025-01-31T12:00:00Z,"
      + " or a date like 2025-01-31 (UTC)";
  private static final Pattern AGE = Pattern.compile("(\\d{1,9})([smhd])");

  private TimeArgument() {}

  /** The instant meant by {@code text}, ages counted back from {@code now}; empty text is an error. */
  static Instant parse(String text, Instant now) {
    String trimmed = text.trim();
    Matcher age = AGE.matcher(trimmed);
    if (age.matches()) {
      long amount = Long.parseLong(age.group(1));
      Duration ago = switch (age.group(2)) {
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
      return now.minus(ago);
    }
    try {
      return OffsetDateTime.parse(trimmed).toInstant();
    } catch (DateTimeException notOffset) {
      // fall through to the local forms
    }
    try {
      return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException notLocal) {
      // fall through to a plain date
    }
    try {
      return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException notDate) {
      throw new IllegalArgumentException("expected " + FORMS);
    }
  }
}
