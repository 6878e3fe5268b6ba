package strongroom.expr.eval;

import java.util.ArrayList;
import java.util.List;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;

/** {@code FN.<name>.map(...)}: calls the function once per element of its list arguments. */
final class Broadcast {
  private Broadcast() {}

  /** List arguments advance together (same length required); other arguments repeat. */
  static Object call(String name, ExprFunction fn, Object[] values, Frame f) {
    int n = -1;
    for (Object v : values) {
      if (v instanceof List<?> l) {
        if (n >= 0 && l.size() != n) {
          throw new ExprEvalException(ExprErrorCode.VALUE,
              "FN." + name + ".map: list arguments differ in length");
        }
        n = l.size();
      }
    }
    if (n < 0) {
      throw new ExprEvalException(ExprErrorCode.TYPE,
          "FN." + name + ".map needs at least one list argument");
    }
    f.checkSize(n);
    List<Object> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Object[] row = new Object[values.length];
      for (int k = 0; k < row.length; k++) {
        row[k] = values[k] instanceof List<?> l ? l.get(i) : values[k];
      }
      out.add(Compiler.invoke(name, fn, row, f));
    }
    return out;
  }
}
