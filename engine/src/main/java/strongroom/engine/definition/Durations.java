package strongroom.engine.definition;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as written in workflows: a number of seconds, or {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}. */
public final class Durations {
  private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private Durations() {}

  /** The duration, or null when {@code value} is not one (the caller reports where). */
  public static Duration parse(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue() < 0 ? null : Duration.ofMillis(Math.round(n.doubleValue() * 1000));
    }
    if (!(value instanceof String s)) {
      return null;
    }
    Matcher m = TEXT.matcher(s.trim());
    if (!m.matches()) {
      return null;
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> amount;
      case "m" -> amount * 60_000;
      case "h" -> amount * 3_600_000;
      default -> amount * 1000;
    };
    return Duration.ofMillis(Math.round(millis));
  }
}
