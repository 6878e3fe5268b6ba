package strongroom.expr.fn;

import java.util.List;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.Operators;
import strongroom.expr.eval.Ordering;
import strongroom.expr.eval.Values;

/** add, sub, mul, div, mod, pow, sum, min, max with the operators' Python semantics. */
final class MathFunctions {
  private MathFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("add", 2, 2, a -> Operators.add(a.number(0), a.number(1), a.frame()));
    b.add("sub", 2, 2, a -> Operators.sub(a.number(0), a.number(1)));
    b.add("mul", 2, 2, a -> Operators.mul(a.number(0), a.number(1), a.frame()));
    b.add("div", 2, 2, a -> Operators.div(a.number(0), a.number(1)));
    b.add("mod", 2, 2, a -> Operators.mod(a.number(0), a.number(1)));
    b.add("pow", 2, 2, MathFunctions::pow);
    b.add("sum", 1, 1, MathFunctions::sum);
    b.add("min", 1, -1, a -> extreme(a, true));
    b.add("max", 1, -1, a -> extreme(a, false));
  }

  // int ** non-negative int stays an int (overflow is an error); anything else is a float.
  private static Object pow(Args a) {
    Object x = a.number(0);
    Object y = a.number(1);
    if (Values.isIntLike(x) && Values.isIntLike(y) && Values.asLong(y) >= 0) {
      long base = Values.asLong(x);
      long exp = Values.asLong(y);
      long result = 1;
      try {
        while (exp > 0) {
          if ((exp & 1) == 1) {
            result = Math.multiplyExact(result, base);
          }
          exp >>= 1;
          if (exp > 0) {
            base = Math.multiplyExact(base, base);
          }
        }
      } catch (ArithmeticException e) {
        throw new ExprEvalException(ExprErrorCode.OVERFLOW, "FN.pow: integer overflow (ints are 64-bit)");
      }
      return result;
    }
    double bx = Values.asDouble(x);
    double by = Values.asDouble(y);
    if (bx == 0.0 && by < 0) {
      throw new ExprEvalException(ExprErrorCode.DIVISION_BY_ZERO,
          "FN.pow: zero cannot be raised to a negative power");
    }
    double r = Math.pow(bx, by);
    if (Double.isNaN(r) && !Double.isNaN(bx) && !Double.isNaN(by)) {
      throw a.valueError("result is not a real number");
    }
    return r;
  }

  private static Object sum(Args a) {
    Object total = 0L;
    List<Object> items = a.list(0);
    for (int i = 0; i < items.size(); i++) {
      Object v = Values.canon(items.get(i));
      if (!Values.isNumber(v)) {
        throw a.valueError("item " + i + " is " + Values.typeName(v) + ", not a number");
      }
      total = Operators.add(total, v, a.frame());
    }
    return total;
  }

  // min(list) or min(a, b, ...), as in Python; an empty list is an error.
  private static Object extreme(Args a, boolean min) {
    List<Object> items = a.size() == 1 ? a.list(0) : a.rest(0);
    if (items.isEmpty()) {
      throw a.valueError("empty sequence");
    }
    Object best = Values.canon(items.get(0));
    String op = min ? "<" : ">";
    for (int i = 1; i < items.size(); i++) {
      Object v = Values.canon(items.get(i));
      if (Ordering.test(v, best, op, a.frame())) {
        best = v;
      }
    }
    return best;
  }
}
