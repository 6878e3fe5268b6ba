package strongroom.expr.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;

/**
 * Walks field, index and wildcard steps. A missing step yields null (as in Tracecat);
 * after a wildcard the result is a list and missing elements drop out.
 */
public final class Paths {
  /** Marks "no such field or index" apart from a present null. */
  static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "MISSING";
    }
  };

  /** A wildcard step. */
  static final Object WILDCARD = new Object();

  private Paths() {}

  /** One step: {@code container[key]}, or {@link #MISSING}. */
  static Object step(Object container, Object key) {
    if (container instanceof Map<?, ?> m) {
      if (!(key instanceof String)) {
        if (key instanceof Long || key instanceof Boolean) {
          return MISSING;
        }
        throw badIndex(key);
      }
      Object v = m.get(key);
      return v == null && !m.containsKey(key) ? MISSING : v;
    }
    if (container instanceof List<?> l) {
      if (!(key instanceof Long)) {
        if (key instanceof String) {
          return MISSING;
        }
        throw badIndex(key);
      }
      long i = (Long) key;
      long n = l.size();
      if (i < 0) {
        i += n;
      }
      return i < 0 || i >= n ? MISSING : l.get((int) i);
    }
    if (!(key instanceof Long || key instanceof String)) {
      throw badIndex(key);
    }
    return MISSING;
  }

  private static ExprEvalException badIndex(Object key) {
    return new ExprEvalException(ExprErrorCode.TYPE,
        "index must be int or str, not " + Values.typeName(key));
  }

  /** Applies {@code keys} (Strings, Longs or {@link #WILDCARD}) to {@code base}. */
  static Object walk(Object base, Object[] keys, Frame f) {
    Object cur = base;
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] == WILDCARD) {
        return fanOut(cur, keys, k, f);
      }
      cur = step(cur, keys[k]);
      if (cur == MISSING) {
        return null;
      }
    }
    return Values.canon(cur);
  }

  private static Object fanOut(Object base, Object[] keys, int from, Frame f) {
    List<Object> cur = new ArrayList<>();
    cur.add(base);
    for (int k = from; k < keys.length; k++) {
      List<Object> next = new ArrayList<>();
      for (Object v : cur) {
        if (keys[k] == WILDCARD) {
          if (v instanceof List<?> l) {
            next.addAll(l);
          } else if (v instanceof Map<?, ?> m) {
            next.addAll(m.values());
          }
        } else {
          Object s = step(v, keys[k]);
          if (s != MISSING) {
            next.add(s);
          }
        }
      }
      f.checkSize(next.size());
      cur = next;
    }
    cur.replaceAll(Values::canon);
    return cur;
  }
}
