package strongroom.expr.eval;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python equality ({@code 1 == 1.0}, {@code True == 1}) and a hash consistent with it. */
public final class Equality {
  private Equality() {}

  /** {@code a == b} as Python decides it. */
  public static boolean equal(Object a, Object b, Frame f) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    a = Values.canon(a);
    b = Values.canon(b);
    if (Values.isNumber(a) && Values.isNumber(b)) {
      return numbersEqual(a, b);
    }
    if (a instanceof String s) {
      return s.equals(b);
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      return listsEqual(la, lb, f);
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      return mapsEqual(ma, mb, f);
    }
    if (Values.isDateTime(a) && Values.isDateTime(b)) {
      return Values.asDateTime(a).isEqual(Values.asDateTime(b));
    }
    if (a instanceof LocalDate da && b instanceof LocalDate db) {
      return da.equals(db);
    }
    return false;
  }

  static boolean numbersEqual(Object a, Object b) {
    if (Values.isIntLike(a) && Values.isIntLike(b)) {
      return Values.asLong(a) == Values.asLong(b);
    }
    if (Values.isIntLike(a)) {
      return longEqualsDouble(Values.asLong(a), Values.asDouble(b));
    }
    if (Values.isIntLike(b)) {
      return longEqualsDouble(Values.asLong(b), Values.asDouble(a));
    }
    return Values.asDouble(a) == Values.asDouble(b);
  }

  // Exact, as Python compares int and float: 2**63-1 != 9.223372036854776e18.
  private static boolean longEqualsDouble(long l, double d) {
    return d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63 && (long) d == l;
  }

  private static boolean listsEqual(List<?> a, List<?> b, Frame f) {
    if (a.size() != b.size()) {
      return false;
    }
    f.enter();
    try {
      f.charge(a.size());
      Iterator<?> ib = b.iterator();
      for (Object x : a) {
        if (!equal(x, ib.next(), f)) {
          return false;
        }
      }
      return true;
    } finally {
      f.exit();
    }
  }

  private static boolean mapsEqual(Map<?, ?> a, Map<?, ?> b, Frame f) {
    if (a.size() != b.size()) {
      return false;
    }
    f.enter();
    try {
      f.charge(a.size());
      for (Map.Entry<?, ?> e : a.entrySet()) {
        Object other = b.get(e.getKey());
        if (other == null && !b.containsKey(e.getKey()) || !equal(e.getValue(), other, f)) {
          return false;
        }
      }
      return true;
    } finally {
      f.exit();
    }
  }

  /** A hash such that {@code equal(a, b)} implies equal hashes. */
  public static int hash(Object v, Frame f) {
    v = Values.canon(v);
    if (v == null) {
      return 0;
    }
    if (Values.isNumber(v)) {
      if (Values.isIntLike(v)) {
        return Long.hashCode(Values.asLong(v));
      }
      double d = Values.asDouble(v);
      if (d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63) {
        return Long.hashCode((long) d);
      }
      return Double.hashCode(d);
    }
    if (v instanceof List<?> l) {
      f.enter();
      f.charge(l.size());
      int h = 1;
      for (Object x : l) {
        h = 31 * h + hash(x, f);
      }
      f.exit();
      return h;
    }
    if (v instanceof Map<?, ?> m) {
      f.enter();
      f.charge(m.size());
      int h = 7;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        h += e.getKey().hashCode() ^ hash(e.getValue(), f);
      }
      f.exit();
      return h;
    }
    if (Values.isDateTime(v)) {
      return Values.asDateTime(v).toInstant().hashCode();
    }
    return v.hashCode();
  }

  /** Wraps a value so Java collections use Python equality (for unique, union, sets...). */
  public static final class Key {
    private final Object value;
    private final Frame frame;
    private final int hash;

    public Key(Object value, Frame frame) {
      this.value = value;
      this.frame = frame;
      this.hash = hash(value, frame);
    }

    public Object value() {
      return value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && hash == k.hash && equal(value, k.value, frame);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
