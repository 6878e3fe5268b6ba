package strongroom.expr.fn;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.PyStr;
import strongroom.expr.eval.Values;

/**
 * now, utcnow, today, to_datetime, format_datetime, to_isoformat, to_timestamp,
 * from_timestamp and the *_between differences. The clock comes from the context, so a run
 * can fix it. Datetimes are always offset-aware; text without an offset is read as UTC.
 */
final class TimeFunctions {
  private TimeFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("now", 0, 0, a -> OffsetDateTime.now(a.frame().clock()));
    b.add("utcnow", 0, 0, a -> OffsetDateTime.now(a.frame().clock().withZone(ZoneOffset.UTC)));
    b.add("today", 0, 0, a -> LocalDate.now(a.frame().clock()));
    b.add("to_datetime", 1, 1, a -> dateTime(a, 0));
    b.add("format_datetime", 2, 2, a -> Strftime.format(dateTime(a, 0), a.str(1), a.frame()));
    b.add("to_isoformat", 1, 1, a -> isoformat(a.get(0) instanceof LocalDate d ? d : dateTime(a, 0)));
    b.add("to_timestamp", 1, 2, a -> seconds(dateTime(a, 0)) * unit(a, 1));
    b.add("from_timestamp", 1, 2, TimeFunctions::fromTimestamp);
    b.add("seconds_between", 2, 2, a -> between(a, 1));
    b.add("minutes_between", 2, 2, a -> between(a, 60));
    b.add("hours_between", 2, 2, a -> between(a, 3600));
    b.add("days_between", 2, 2, a -> between(a, 86400));
    b.add("weeks_between", 2, 2, a -> between(a, 604800));
  }

  /** Argument {@code i} as a datetime: a datetime, a date, ISO 8601 text or epoch seconds. */
  static OffsetDateTime dateTime(Args a, int i) {
    Object v = a.get(i);
    if (Values.isDateTime(v)) {
      return Values.asDateTime(v);
    }
    if (v instanceof LocalDate d) {
      return d.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    if (v instanceof String s) {
      OffsetDateTime t = parse(s.strip());
      if (t == null) {
        throw a.valueError("argument " + (i + 1) + " is not an ISO 8601 date or datetime");
      }
      return t;
    }
    if (v instanceof Long || v instanceof Double) {
      return fromSeconds(a, Values.asDouble(v));
    }
    throw a.typeError(i, "datetime, str or number");
  }

  private static OffsetDateTime parse(String s) {
    String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    if (t.endsWith("z")) {
      t = t.substring(0, t.length() - 1) + 'Z';
    }
    try {
      return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      // fall through to the forms without an offset
    }
    try {
      return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // fall through to a date alone
    }
    try {
      return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Python's isoformat(): {@code 2024-01-02T03:04:05[.ffffff]+00:00}; a date as {@code 2024-01-02}. */
  static String isoformat(Object v) {
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    OffsetDateTime t = Values.asDateTime(v);
    String s = PyStr.dateTimeStr(t);
    return s.substring(0, 10) + 'T' + s.substring(11);
  }

  private static double seconds(OffsetDateTime t) {
    Instant i = t.toInstant();
    return i.getEpochSecond() + i.getNano() / 1e9;
  }

  private static double unit(Args a, int i) {
    return switch (a.str(i, "s")) {
      case "s" -> 1.0;
      case "ms" -> 1000.0;
      default -> throw a.valueError("unit must be 's' or 'ms'");
    };
  }

  private static Object fromTimestamp(Args a) {
    double v = Values.asDouble(a.number(0));
    return fromSeconds(a, v / unit(a, 1));
  }

  private static OffsetDateTime fromSeconds(Args a, double seconds) {
    if (Double.isNaN(seconds) || Math.abs(seconds) > 253402300799.0) {
      throw a.valueError("timestamp out of range");
    }
    long whole = (long) Math.floor(seconds);
    long micros = Math.round((seconds - whole) * 1e6);
    try {
      return OffsetDateTime.ofInstant(Instant.ofEpochSecond(whole, micros * 1000), ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw a.valueError("timestamp out of range");
    }
  }

  // (end - start).total_seconds() / unit, as Tracecat computes it.
  private static Object between(Args a, double unitSeconds) {
    Duration d = Duration.between(dateTime(a, 0).toInstant(), dateTime(a, 1).toInstant());
    return (d.getSeconds() + d.getNano() / 1e9) / unitSeconds;
  }
}
