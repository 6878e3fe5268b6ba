package strongroom.expr.fn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.Operators;

/** Membership, emptiness, length, at, flatten, compact, zip and range. */
final class CollectionFunctions {
  private CollectionFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("contains", 2, 2, a -> Operators.in(a.get(1), container(a, 0), a.frame()));
    b.add("does_not_contain", 2, 2, a -> !Operators.in(a.get(1), container(a, 0), a.frame()));
    b.add("is_in", 2, 2, a -> Operators.in(a.get(0), container(a, 1), a.frame()));
    b.add("not_in", 2, 2, a -> !Operators.in(a.get(0), container(a, 1), a.frame()));
    b.add("contains_any_of", 2, 2, a -> countIn(a) > 0);
    b.add("contains_none_of", 2, 2, a -> countIn(a) == 0);
    b.add("is_empty", 1, 1, a -> length(a) == 0);
    b.add("not_empty", 1, 1, a -> length(a) != 0);
    b.add("length", 1, 1, a -> (long) length(a));
    b.add("at", 2, 2, CollectionFunctions::at);
    b.add("flatten", 1, 1, a -> {
      List<Object> out = new ArrayList<>();
      flatten(a.list(0), out, a.frame());
      return out;
    });
    b.add("compact", 1, 1, a -> filter(a, true));
    b.add("drop_nulls", 1, 1, a -> filter(a, false));
    b.add("zip", 1, -1, CollectionFunctions::zip);
    b.add("range", 1, 3, CollectionFunctions::range);
  }

  private static Object container(Args a, int i) {
    Object c = a.get(i);
    if (c instanceof List || c instanceof Map || c instanceof String) {
      return c;
    }
    throw a.typeError(i, "list, dict or str");
  }

  private static int countIn(Args a) {
    Object container = container(a, 0);
    int n = 0;
    for (Object item : a.list(1)) {
      if (Operators.in(item, container, a.frame())) {
        n++;
      }
    }
    return n;
  }

  // None counts as empty so that is_empty(ACTIONS.missing.result) reads naturally.
  private static int length(Args a) {
    Object v = a.get(0);
    if (v == null) {
      return 0;
    }
    if (v instanceof String s) {
      return s.codePointCount(0, s.length());
    }
    if (v instanceof List<?> l) {
      return l.size();
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    throw a.typeError(0, "str, list or dict");
  }

  private static Object at(Args a) {
    List<Object> l = a.list(0);
    long i = a.integer(1);
    long idx = i < 0 ? i + l.size() : i;
    if (idx < 0 || idx >= l.size()) {
      throw a.valueError("index out of range");
    }
    return l.get((int) idx);
  }

  private static void flatten(List<?> in, List<Object> out, Frame f) {
    f.enter();
    for (Object x : in) {
      if (x instanceof List<?> l) {
        flatten(l, out, f);
      } else {
        out.add(x);
        f.charge(1);
      }
    }
    f.exit();
  }

  // compact drops None and ''; drop_nulls drops None only.
  private static Object filter(Args a, boolean alsoEmptyStrings) {
    List<Object> out = new ArrayList<>();
    for (Object x : a.list(0)) {
      if (x != null && !(alsoEmptyStrings && "".equals(x))) {
        out.add(x);
      }
    }
    return out;
  }

  private static Object zip(Args a) {
    int n = Integer.MAX_VALUE;
    for (int i = 0; i < a.size(); i++) {
      n = Math.min(n, a.list(i).size());
    }
    a.frame().checkSize((long) n * a.size());
    List<Object> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      List<Object> row = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        row.add(a.list(i).get(k));
      }
      out.add(row);
    }
    return out;
  }

  // Python's range(stop) / range(start, stop[, step]), bounded by the collection limit.
  private static Object range(Args a) {
    long start = a.size() == 1 ? 0 : a.integer(0);
    long stop = a.size() == 1 ? a.integer(0) : a.integer(1);
    long step = a.integer(2, 1);
    if (step == 0) {
      throw a.valueError("step must not be zero");
    }
    double count = Math.ceil(((double) stop - (double) start) / (double) step);
    long n = (long) Math.max(0, count);
    a.frame().checkSize(n);
    List<Object> out = new ArrayList<>((int) n);
    long v = start;
    for (long i = 0; i < n; i++, v += step) {
      out.add(v);
    }
    return out;
  }
}
