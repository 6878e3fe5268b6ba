package strongroom.expr.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;

/** Python semantics of the arithmetic, membership and identity operators. */
public final class Operators {
  private Operators() {}

  /** {@code a + b}: numbers, str + str, list + list. */
  public static Object add(Object a, Object b, Frame f) {
    a = Values.canon(a);
    b = Values.canon(b);
    if (Values.isIntLike(a) && Values.isIntLike(b)) {
      try {
        return Math.addExact(Values.asLong(a), Values.asLong(b));
      } catch (ArithmeticException e) {
        throw overflow("+");
      }
    }
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Values.asDouble(a) + Values.asDouble(b);
    }
    if (a instanceof String sa && b instanceof String sb) {
      f.checkLength((long) sa.length() + sb.length());
      return sa.concat(sb);
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      f.checkSize((long) la.size() + lb.size());
      List<Object> out = new ArrayList<>(la.size() + lb.size());
      out.addAll(la);
      out.addAll(lb);
      return out;
    }
    throw unsupported("+", a, b);
  }

  /** {@code a - b} on numbers. */
  public static Object sub(Object a, Object b) {
    a = Values.canon(a);
    b = Values.canon(b);
    if (Values.isIntLike(a) && Values.isIntLike(b)) {
      try {
        return Math.subtractExact(Values.asLong(a), Values.asLong(b));
      } catch (ArithmeticException e) {
        throw overflow("-");
      }
    }
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Values.asDouble(a) - Values.asDouble(b);
    }
    throw unsupported("-", a, b);
  }

  /** {@code a * b}: numbers, and repetition of a str or list by an int. */
  public static Object mul(Object a, Object b, Frame f) {
    a = Values.canon(a);
    b = Values.canon(b);
    if (Values.isIntLike(a) && Values.isIntLike(b)) {
      try {
        return Math.multiplyExact(Values.asLong(a), Values.asLong(b));
      } catch (ArithmeticException e) {
        throw overflow("*");
      }
    }
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return Values.asDouble(a) * Values.asDouble(b);
    }
    if (Values.isIntLike(a) && (b instanceof String || b instanceof List)) {
      return repeat(b, Values.asLong(a), f);
    }
    if (Values.isIntLike(b) && (a instanceof String || a instanceof List)) {
      return repeat(a, Values.asLong(b), f);
    }
    throw unsupported("*", a, b);
  }

  private static Object repeat(Object seq, long times, Frame f) {
    long n = Math.max(0, times);
    if (seq instanceof String s && s.isEmpty() || seq instanceof List<?> e && e.isEmpty()) {
      return seq instanceof String ? "" : new ArrayList<>();
    }
    if (seq instanceof String s) {
      f.checkLength(s.length() * Math.min(n, Integer.MAX_VALUE));
      return s.repeat((int) n);
    }
    List<?> l = (List<?>) seq;
    f.checkSize(l.size() * Math.min(n, Integer.MAX_VALUE));
    List<Object> out = new ArrayList<>((int) (l.size() * n));
    for (long i = 0; i < n; i++) {
      out.addAll(l);
    }
    return out;
  }

  /** {@code a / b}: always a float, as in Python 3. */
  public static Object div(Object a, Object b) {
    a = Values.canon(a);
    b = Values.canon(b);
    if (!Values.isNumber(a) || !Values.isNumber(b)) {
      throw unsupported("/", a, b);
    }
    double d = Values.asDouble(b);
    if (d == 0.0) {
      throw new ExprEvalException(ExprErrorCode.DIVISION_BY_ZERO, "division by zero in '/'");
    }
    if (Values.isIntLike(a) && Values.isIntLike(b)) {
      // Exact when both fit in a double's mantissa; Python's true division rounds once too.
      return (double) Values.asLong(a) / (double) Values.asLong(b);
    }
    return Values.asDouble(a) / d;
  }

  /** {@code a % b}: the result takes the sign of the divisor, as in Python ({@code -7 % 3 == 2}). */
  public static Object mod(Object a, Object b) {
    a = Values.canon(a);
    b = Values.canon(b);
    if (!Values.isNumber(a) || !Values.isNumber(b)) {
      throw unsupported("%", a, b);
    }
    if (Values.isIntLike(a) && Values.isIntLike(b)) {
      long y = Values.asLong(b);
      if (y == 0) {
        throw new ExprEvalException(ExprErrorCode.DIVISION_BY_ZERO, "modulo by zero in '%'");
      }
      return Math.floorMod(Values.asLong(a), y);
    }
    double x = Values.asDouble(a);
    double y = Values.asDouble(b);
    if (y == 0.0) {
      throw new ExprEvalException(ExprErrorCode.DIVISION_BY_ZERO, "modulo by zero in '%'");
    }
    double r = x % y;
    if (r != 0 && (r < 0) != (y < 0)) {
      r += y;
    }
    return r == 0 ? Math.copySign(0.0, y) : r;
  }

  /** Unary {@code -x} (and {@code +x} when {@code negate} is false) on numbers. */
  public static Object unary(Object v, boolean negate) {
    v = Values.canon(v);
    if (Values.isIntLike(v)) {
      long l = Values.asLong(v);
      if (!negate) {
        return l;
      }
      if (l == Long.MIN_VALUE) {
        throw overflow("-");
      }
      return -l;
    }
    if (v instanceof Double d) {
      return negate ? -d : d;
    }
    throw new ExprEvalException(ExprErrorCode.TYPE,
        "bad operand type for unary '" + (negate ? "-" : "+") + "': " + Values.typeName(v));
  }

  /** {@code item in container}: list element, dict key, or substring. */
  public static boolean in(Object item, Object container, Frame f) {
    container = Values.canon(container);
    if (container instanceof List<?> l) {
      f.charge(l.size());
      for (Object x : l) {
        if (Equality.equal(item, x, f)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof Map<?, ?> m) {
      return item instanceof String && m.containsKey(item);
    }
    if (container instanceof String s) {
      if (!(item instanceof String sub)) {
        throw new ExprEvalException(ExprErrorCode.TYPE,
            "'in <str>' requires str as left operand, not " + Values.typeName(item));
      }
      f.charge(s.length() / 16);
      return s.contains(sub);
    }
    throw new ExprEvalException(ExprErrorCode.TYPE,
        "argument of type " + Values.typeName(container) + " is not iterable in 'in'");
  }

  /**
   * {@code a is b}: None, True and False are singletons as in Python; other values are the
   * same when they have the same type and are equal (no int/float promotion).
   */
  public static boolean is(Object a, Object b, Frame f) {
    a = Values.canon(a);
    b = Values.canon(b);
    if (a == null || b == null) {
      return a == b;
    }
    if (!Values.typeName(a).equals(Values.typeName(b))) {
      return false;
    }
    return Equality.equal(a, b, f);
  }

  /** An immutable empty list, shared. */
  public static List<Object> emptyList() {
    return Collections.emptyList();
  }

  static ExprEvalException unsupported(String op, Object a, Object b) {
    return new ExprEvalException(ExprErrorCode.TYPE, "unsupported operand types for '" + op
        + "': " + Values.typeName(a) + " and " + Values.typeName(b));
  }

  private static ExprEvalException overflow(String op) {
    return new ExprEvalException(ExprErrorCode.OVERFLOW,
        "integer overflow in '" + op + "' (ints are 64-bit)");
  }
}
