package strongroom.expr.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;

/** Python ordering for {@code < <= > >=}, {@code min}, {@code max} and sorting. */
public final class Ordering {
  private Ordering() {}

  /**
   * The sign of {@code a - b}, or {@link Integer#MIN_VALUE} when the two are unordered (NaN).
   *
   * @param op the operator symbol named in a type error
   */
  public static int compare(Object a, Object b, String op, Frame f) {
    a = Values.canon(a);
    b = Values.canon(b);
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return compareNumbers(a, b);
    }
    if (a instanceof String sa && b instanceof String sb) {
      f.charge(Math.min(sa.length(), sb.length()) / 16);
      return Integer.signum(compareCodePoints(sa, sb));
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      return compareLists(la, lb, op, f);
    }
    if (Values.isDateTime(a) && Values.isDateTime(b)) {
      return Integer.signum(Values.asDateTime(a).toInstant()
          .compareTo(Values.asDateTime(b).toInstant()));
    }
    if (a instanceof LocalDate da && b instanceof LocalDate db) {
      return Integer.signum(da.compareTo(db));
    }
    throw new ExprEvalException(ExprErrorCode.TYPE, "'" + op + "' not supported between "
        + Values.typeName(a) + " and " + Values.typeName(b));
  }

  /** True when {@code a op b} holds for one of {@code < <= > >=}. */
  public static boolean test(Object a, Object b, String op, Frame f) {
    int c = compare(a, b, op, f);
    if (c == Integer.MIN_VALUE) {
      return false;
    }
    return switch (op) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }

  private static int compareNumbers(Object a, Object b) {
    if (Values.isIntLike(a) && Values.isIntLike(b)) {
      return Long.compare(Values.asLong(a), Values.asLong(b));
    }
    double da = Values.asDouble(a);
    double db = Values.asDouble(b);
    if (Double.isNaN(da) || Double.isNaN(db)) {
      return Integer.MIN_VALUE;
    }
    if (Values.isIntLike(a) || Values.isIntLike(b)) {
      if (Double.isInfinite(da) || Double.isInfinite(db)) {
        return Double.compare(da, db);
      }
      // Exact, as Python does, rather than rounding the int to a double.
      BigDecimal ba = Values.isIntLike(a) ? BigDecimal.valueOf(Values.asLong(a)) : new BigDecimal(da);
      BigDecimal bb = Values.isIntLike(b) ? BigDecimal.valueOf(Values.asLong(b)) : new BigDecimal(db);
      return ba.compareTo(bb);
    }
    return da < db ? -1 : da > db ? 1 : 0;
  }

  /** Compares by code point, as Python compares str (Java's compareTo uses UTF-16 units). */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int compareLists(List<?> a, List<?> b, String op, Frame f) {
    f.enter();
    try {
      Iterator<?> ia = a.iterator();
      Iterator<?> ib = b.iterator();
      while (ia.hasNext() && ib.hasNext()) {
        Object x = ia.next();
        Object y = ib.next();
        f.charge(1);
        if (!Equality.equal(x, y, f)) {
          return compare(x, y, op, f);
        }
      }
      return Integer.compare(a.size(), b.size());
    } finally {
      f.exit();
    }
  }
}
