package strongroom.expr.fn;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.PyStr;

/** Python's {@code strftime} directives in the C locale, over an offset-aware datetime. */
final class Strftime {
  private Strftime() {}

  static String format(OffsetDateTime t, String pattern, Frame f) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' || i + 1 >= pattern.length()) {
        sb.append(c);
        continue;
      }
      char d = pattern.charAt(++i);
      sb.append(directive(t, d));
      f.checkLength(sb.length());
    }
    return sb.toString();
  }

  private static String directive(OffsetDateTime t, char d) {
    return switch (d) {
      case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
      case 'd' -> two(t.getDayOfMonth());
      case 'e' -> String.format("%2d", t.getDayOfMonth());
      case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      case 'm' -> two(t.getMonthValue());
      case 'y' -> two(Math.floorMod(t.getYear(), 100));
      case 'Y' -> String.format("%04d", t.getYear());
      case 'H' -> two(t.getHour());
      case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
      case 'p' -> t.getHour() < 12 ? "AM" : "PM";
      case 'M' -> two(t.getMinute());
      case 'S' -> two(t.getSecond());
      case 'f' -> String.format("%06d", t.getNano() / 1000);
      case 'z' -> PyStr.offset(t.getOffset()).replace(":", "");
      case 'Z' -> t.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + PyStr.offset(t.getOffset());
      case 'j' -> String.format("%03d", t.getDayOfYear());
      case 'U' -> two(week(t, DayOfWeek.SUNDAY));
      case 'W' -> two(week(t, DayOfWeek.MONDAY));
      case 'c' -> directive(t, 'a') + " " + directive(t, 'b') + " " + directive(t, 'e') + " "
          + directive(t, 'X') + " " + directive(t, 'Y');
      case 'x' -> directive(t, 'm') + "/" + directive(t, 'd') + "/" + directive(t, 'y');
      case 'X' -> directive(t, 'H') + ":" + directive(t, 'M') + ":" + directive(t, 'S');
      case 'F' -> directive(t, 'Y') + "-" + directive(t, 'm') + "-" + directive(t, 'd');
      case 'T' -> directive(t, 'X');
      case '%' -> "%";
      default -> "%" + d;
    };
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  // Week of the year; days before the first `first` weekday are week 0 (C's %U and %W).
  private static int week(OffsetDateTime t, DayOfWeek first) {
    int doy = t.getDayOfYear() - 1;
    int dow = Math.floorMod(t.getDayOfWeek().getValue() - first.getValue(), 7);
    return (doy + 7 - dow) / 7;
  }
}
