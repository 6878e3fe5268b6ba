package strongroom.expr.fn;

import strongroom.expr.eval.Equality;
import strongroom.expr.eval.Ordering;

/** is_equal, not_equal, greater_than... and the null tests, with the operators' semantics. */
final class CompareFunctions {
  private CompareFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("is_equal", 2, 2, a -> Equality.equal(a.get(0), a.get(1), a.frame()));
    b.add("not_equal", 2, 2, a -> !Equality.equal(a.get(0), a.get(1), a.frame()));
    b.add("greater_than", 2, 2, a -> Ordering.test(a.get(0), a.get(1), ">", a.frame()));
    b.add("greater_than_or_equal", 2, 2, a -> Ordering.test(a.get(0), a.get(1), ">=", a.frame()));
    b.add("less_than", 2, 2, a -> Ordering.test(a.get(0), a.get(1), "<", a.frame()));
    b.add("less_than_or_equal", 2, 2, a -> Ordering.test(a.get(0), a.get(1), "<=", a.frame()));
    b.add("is_null", 1, 1, a -> a.get(0) == null);
    b.add("not_null", 1, 1, a -> a.get(0) != null);
  }
}
