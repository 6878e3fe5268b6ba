package strongroom.expr.fn;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.PyStr;
import strongroom.expr.eval.Values;

/**
 * Converts what JSON and YAML libraries return into language values: Long, Double,
 * String-keyed insertion-ordered maps, lists, datetimes. Shared sub-trees (YAML aliases) stay
 * shared, so an alias bomb cannot expand here.
 */
final class Imported {
  private final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();
  private final Frame frame;

  private Imported(Frame frame) {
    this.frame = frame;
  }

  static Object convert(Object v, Frame frame) {
    return new Imported(frame).value(v);
  }

  private Object value(Object v) {
    if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
      Object done = seen.get(v);
      if (done != null) {
        return done;
      }
    }
    if (v instanceof Map<?, ?> m) {
      frame.enter();
      frame.charge(m.size());
      Map<String, Object> out = new LinkedHashMap<>();
      seen.put(v, out);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = value(e.getKey());
        out.put(k instanceof String s ? s : PyStr.str(k, frame), value(e.getValue()));
      }
      frame.exit();
      return out;
    }
    if (v instanceof Collection<?> c) {
      frame.enter();
      frame.charge(c.size());
      List<Object> out = new ArrayList<>(c.size());
      seen.put(v, out);
      for (Object x : c) {
        out.add(value(x));
      }
      frame.exit();
      return out;
    }
    if (v instanceof Date d) {
      return OffsetDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }
    if (v instanceof byte[]) {
      throw new ExprEvalException(ExprErrorCode.TYPE, "binary values are not supported");
    }
    Object c = Values.canon(v);
    if (c != null && !(c instanceof String || c instanceof Long || c instanceof Double
        || c instanceof Boolean)) {
      throw new ExprEvalException(ExprErrorCode.TYPE,
          "unsupported value of type " + v.getClass().getSimpleName());
    }
    return c;
  }
}
