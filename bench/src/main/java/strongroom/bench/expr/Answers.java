package strongroom.bench.expr;

import java.util.Map;
import java.util.Objects;

/** Fails the benchmark set-up when the engines disagree on a workload's answer. */
final class Answers {
  private Answers() {}

  static void check(String name, Object ours, Object spel, Object jexl, Object cel) {
    String o = normal(ours);
    if (!o.equals(normal(spel)) || !o.equals(normal(jexl)) || !o.equals(normal(cel))) {
      throw new IllegalStateException(name + ": engines disagree: ours=" + o + " spel="
          + normal(spel) + " jexl=" + normal(jexl) + " cel=" + normal(cel));
    }
  }

  // Numbers compare by value (SpEL gives Integer, the others Long); maps by entries.
  private static String normal(Object v) {
    if (v instanceof Number n) {
      return Long.toString(n.longValue());
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, x) -> sb.append(k).append('=').append(normal(x)).append(','));
      return sb.append('}').toString();
    }
    return Objects.toString(v);
  }
}
