package strongroom.expr.eval;

import com.google.re2j.Pattern;
import java.util.Locale;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;

/** {@code int(x)}, {@code float(x)}, {@code str(x)}, {@code bool(x)} and their {@code -> type} form. */
public final class Casts {
  private static final Pattern INT = Pattern.compile("[+-]?[0-9]+(_[0-9]+)*");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?");

  private Casts() {}

  /** Applies cast {@code type} (int, float, str or bool) to {@code v}. */
  public static Object apply(String type, Object v, Frame f) {
    return switch (type) {
      case "int" -> toInt(v);
      case "float" -> toFloat(v);
      case "str" -> PyStr.str(v, f);
      case "bool" -> toBool(v);
      default -> throw new IllegalArgumentException("no cast " + type);
    };
  }

  /** Python {@code int()}: truncates floats, parses decimal strings. */
  public static long toInt(Object v) {
    v = Values.canon(v);
    if (Values.isIntLike(v)) {
      return Values.asLong(v);
    }
    if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite() || d >= 0x1p63 || d < -0x1p63) {
        throw new ExprEvalException(ExprErrorCode.VALUE, "int(): float out of the int range");
      }
      return d.longValue();
    }
    if (v instanceof String s) {
      String t = s.strip();
      if (!onlyChars(t, "+-0123456789_") || !INT.matches(t)) {
        throw new ExprEvalException(ExprErrorCode.VALUE, "int(): invalid literal for base 10");
      }
      try {
        return Long.parseLong(t.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new ExprEvalException(ExprErrorCode.OVERFLOW, "int(): value outside the 64-bit range");
      }
    }
    throw new ExprEvalException(ExprErrorCode.TYPE,
        "int() argument must be a str or a number, not " + Values.typeName(v));
  }

  /**
   * Whether {@code t} holds only characters of {@code allowed}. A scan that stops at the first
   * stranger, run before a pattern, which would read all of a megabyte string to refuse it.
   */
  private static boolean onlyChars(String t, String allowed) {
    for (int i = 0; i < t.length(); i++) {
      if (allowed.indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Python {@code float()}: accepts numbers and decimal strings, inf and nan included. */
  public static double toFloat(Object v) {
    v = Values.canon(v);
    if (Values.isNumber(v)) {
      return Values.asDouble(v);
    }
    if (v instanceof String s) {
      String t = s.strip().toLowerCase(Locale.ROOT);
      switch (t) {
        case "inf", "+inf", "infinity", "+infinity" -> {
          return Double.POSITIVE_INFINITY;
        }
        case "-inf", "-infinity" -> {
          return Double.NEGATIVE_INFINITY;
        }
        case "nan", "+nan", "-nan" -> {
          return Double.NaN;
        }
        default -> {
          // Java also accepts hex floats and a trailing 'd'/'f'; Python does not.
          if (!onlyChars(t, "+-0123456789.e") || !FLOAT.matches(t)) {
            throw new ExprEvalException(ExprErrorCode.VALUE, "float(): could not convert string");
          }
          return Double.parseDouble(t);
        }
      }
    }
    throw new ExprEvalException(ExprErrorCode.TYPE,
        "float() argument must be a str or a number, not " + Values.typeName(v));
  }

  /**
   * {@code bool()}: Python truthiness, except that strings are read as words: true/1/yes/y/on
   * are True, false/0/no/n/off and '' are False, anything else is an error. Python's own
   * {@code bool('false') == True} is a trap in workflow data.
   */
  public static boolean toBool(Object v) {
    if (v instanceof String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "true", "1", "yes", "y", "on" -> true;
        case "false", "0", "no", "n", "off", "" -> false;
        default -> throw new ExprEvalException(ExprErrorCode.VALUE,
            "bool(): string is not one of true/false, yes/no, on/off, 1/0");
      };
    }
    return Values.truthy(v);
  }
}
