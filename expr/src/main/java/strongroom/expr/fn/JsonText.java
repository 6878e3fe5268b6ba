package strongroom.expr.fn;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;
import strongroom.expr.ExprLimitException;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.PyFloat;
import strongroom.expr.eval.Values;

/**
 * Python's {@code json.dumps}: {@code ", "} and {@code ": "} separators, ASCII-only output,
 * floats as {@code repr}, NaN and Infinity allowed; {@code indent} lays it out as
 * {@code json.dumps(x, indent=n)}. Datetimes become ISO 8601 strings.
 */
final class JsonText {
  private final StringBuilder sb = new StringBuilder();
  private final Frame frame;
  private final int indent;

  private JsonText(Frame frame, int indent) {
    this.frame = frame;
    this.indent = indent;
  }

  /** The JSON text of {@code v}; {@code indent < 0} means one line. */
  static String dumps(Object v, int indent, Frame frame) {
    JsonText j = new JsonText(frame, indent);
    j.value(v, 0);
    return j.sb.toString();
  }

  private void append(CharSequence s) {
    if (sb.length() + s.length() > frame.limits().maxStringLength()) {
      throw new ExprLimitException("JSON text longer than " + frame.limits().maxStringLength()
          + " characters");
    }
    sb.append(s);
  }

  private void value(Object v, int level) {
    v = Values.canon(v);
    if (v == null) {
      append("null");
    } else if (v instanceof Boolean b) {
      append(b ? "true" : "false");
    } else if (v instanceof Long l) {
      append(Long.toString(l));
    } else if (v instanceof Double d) {
      append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity")
          : PyFloat.repr(d));
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof List<?> l) {
      container(l.iterator(), l.isEmpty(), '[', ']', level, false);
    } else if (v instanceof Map<?, ?> m) {
      container(m.entrySet().iterator(), m.isEmpty(), '{', '}', level, true);
    } else if (Values.isTemporal(v)) {
      string(TimeFunctions.isoformat(v));
    } else {
      throw new ExprEvalException(ExprErrorCode.TYPE,
          "object of type " + Values.typeName(v) + " is not JSON serializable");
    }
  }

  private void container(Iterator<?> it, boolean empty, char open, char close, int level,
      boolean isMap) {
    if (empty) {
      append(open + "" + close);
      return;
    }
    frame.enter();
    append(String.valueOf(open));
    boolean first = true;
    while (it.hasNext()) {
      Object item = it.next();
      frame.charge(1);
      if (!first) {
        append(indent >= 0 ? "," : ", ");
      }
      first = false;
      newline(level + 1);
      if (isMap) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) item;
        string(String.valueOf(e.getKey()));
        append(": ");
        value(e.getValue(), level + 1);
      } else {
        value(item, level + 1);
      }
    }
    newline(level);
    append(String.valueOf(close));
    frame.exit();
  }

  private void newline(int level) {
    if (indent >= 0) {
      append("\n");
      append(" ".repeat(indent * level));
    }
  }

  private void string(String s) {
    frame.charge(s.length() >> 2);
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    append(out.append('"'));
  }
}
