package strongroom.expr.fn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.Equality.Key;
import strongroom.expr.eval.Frame;

/**
 * unique, union, intersection, difference, symmetric_difference: Python's set operations,
 * but order-preserving (first occurrence wins) so that results are deterministic.
 */
final class SetFunctions {
  private SetFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("unique", 1, 1, a -> values(keys(a.list(0), a.frame())));
    b.add("union", 1, -1, a -> {
      Set<Key> out = new LinkedHashSet<>();
      for (int i = 0; i < a.size(); i++) {
        out.addAll(keys(a.list(i), a.frame()));
      }
      return values(out);
    });
    b.add("intersection", 2, 2, a -> {
      Set<Key> out = keys(a.list(0), a.frame());
      out.retainAll(keys(a.list(1), a.frame()));
      return values(out);
    });
    b.add("difference", 2, 2, a -> {
      Set<Key> out = keys(a.list(0), a.frame());
      out.removeAll(keys(a.list(1), a.frame()));
      return values(out);
    });
    b.add("symmetric_difference", 2, 2, SetFunctions::symmetric);
  }

  private static Object symmetric(Args a) {
    Set<Key> left = keys(a.list(0), a.frame());
    Set<Key> right = keys(a.list(1), a.frame());
    Set<Key> out = new LinkedHashSet<>();
    for (Key k : left) {
      if (!right.contains(k)) {
        out.add(k);
      }
    }
    for (Key k : right) {
      if (!left.contains(k)) {
        out.add(k);
      }
    }
    return values(out);
  }

  private static Set<Key> keys(List<Object> items, Frame f) {
    f.charge(items.size());
    Set<Key> out = new LinkedHashSet<>();
    for (Object x : items) {
      out.add(new Key(x, f));
    }
    return out;
  }

  private static List<Object> values(Set<Key> keys) {
    List<Object> out = new ArrayList<>(keys.size());
    for (Key k : keys) {
      out.add(k.value());
    }
    return out;
  }
}
