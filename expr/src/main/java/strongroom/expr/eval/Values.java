package strongroom.expr.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;

/**
 * The value model: Python type names, truthiness and the normalisation of foreign numbers
 * (Integer, BigDecimal...) that JSON libraries hand in.
 */
public final class Values {
  private Values() {}

  /** Python's name for the type of {@code v}, used in every type error. */
  public static String typeName(Object v) {
    if (v == null) {
      return "NoneType";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
        || v instanceof BigInteger) {
      return "int";
    }
    if (v instanceof Number) {
      return "float";
    }
    if (v instanceof String) {
      return "str";
    }
    if (v instanceof List) {
      return "list";
    }
    if (v instanceof Map) {
      return "dict";
    }
    if (v instanceof OffsetDateTime || v instanceof ZonedDateTime) {
      return "datetime";
    }
    if (v instanceof LocalDate) {
      return "date";
    }
    return "object";
  }

  /**
   * {@code v} with foreign numbers mapped to Long or Double; containers are left as they are
   * (their elements are normalised when read).
   */
  public static Object canon(Object v) {
    if (v == null || v instanceof String || v instanceof Long || v instanceof Boolean
        || v instanceof Double || v instanceof Map || v instanceof List) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof BigInteger b) {
      if (b.bitLength() >= 64) {
        throw new ExprEvalException(ExprErrorCode.OVERFLOW, "int outside the 64-bit range");
      }
      return b.longValue();
    }
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof Character c) {
      return c.toString();
    }
    return v;
  }

  /** True for Python ints, bool included (bool is a subclass of int in Python). */
  public static boolean isIntLike(Object v) {
    return v instanceof Long || v instanceof Boolean || v instanceof Integer;
  }

  /** True for int, bool and float. */
  public static boolean isNumber(Object v) {
    return v instanceof Number || v instanceof Boolean;
  }

  /** The int value of an int or bool. */
  public static long asLong(Object v) {
    return v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
  }

  /** The float value of an int, bool or float. */
  public static double asDouble(Object v) {
    return v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
  }

  /** True for a datetime value. */
  public static boolean isDateTime(Object v) {
    return v instanceof OffsetDateTime || v instanceof ZonedDateTime;
  }

  /** A datetime as OffsetDateTime. */
  public static OffsetDateTime asDateTime(Object v) {
    return v instanceof ZonedDateTime z ? z.toOffsetDateTime() : (OffsetDateTime) v;
  }

  /** True for any temporal value (datetime or date). */
  public static boolean isTemporal(Object v) {
    return v instanceof Temporal;
  }

  /** Python truthiness: None, False, 0, 0.0, '', [] and {} are false. */
  public static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Double d) {
      return d != 0.0;
    }
    if (v instanceof Number n) {
      return isIntLike(canon(n)) ? n.longValue() != 0 : n.doubleValue() != 0.0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }
}
