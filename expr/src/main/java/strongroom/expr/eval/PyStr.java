package strongroom.expr.eval;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import strongroom.expr.ExprLimitException;

/**
 * Renders values as Python's {@code str()} would: {@code True}, {@code None}, {@code 2.0},
 * {@code [1, 'a', None]}, {@code {'a': 1}}, {@code 2024-01-02 03:04:05+00:00}. Output is
 * bounded by the frame's string limit.
 */
public final class PyStr {
  private final StringBuilder sb = new StringBuilder();
  private final Frame frame;
  private final int max;

  private PyStr(Frame frame) {
    this.frame = frame;
    this.max = frame.limits().maxStringLength();
  }

  /** Python {@code str(v)}. */
  public static String str(Object v, Frame f) {
    if (v instanceof String s) {
      return s;
    }
    PyStr p = new PyStr(f);
    p.value(v, false);
    f.checkLength(p.sb.length());
    return p.sb.toString();
  }

  /** Python {@code repr(v)}. */
  public static String repr(Object v, Frame f) {
    PyStr p = new PyStr(f);
    p.value(v, true);
    return p.sb.toString();
  }

  private void append(String s) {
    room(s.length());
    sb.append(s);
  }

  private void room(int more) {
    if (sb.length() + more > max) {
      throw new ExprLimitException("rendered text longer than " + max + " characters");
    }
  }

  private void value(Object v, boolean repr) {
    v = Values.canon(v);
    if (v == null) {
      append("None");
    } else if (v instanceof Boolean b) {
      append(b ? "True" : "False");
    } else if (v instanceof Long l) {
      append(Long.toString(l));
    } else if (v instanceof Double d) {
      append(PyFloat.repr(d));
    } else if (v instanceof String s) {
      if (repr) {
        quote(s);
      } else {
        append(s);
      }
    } else if (v instanceof List<?> l) {
      list(l);
    } else if (v instanceof Map<?, ?> m) {
      map(m);
    } else if (Values.isDateTime(v)) {
      append(repr ? dateTimeRepr(Values.asDateTime(v)) : dateTimeStr(Values.asDateTime(v)));
    } else if (v instanceof LocalDate d) {
      append(repr ? "datetime.date(" + d.getYear() + ", " + d.getMonthValue() + ", "
          + d.getDayOfMonth() + ")" : d.toString());
    } else {
      append("<" + Values.typeName(v) + ">");
    }
  }

  private void list(List<?> l) {
    frame.enter();
    frame.charge(l.size());
    append("[");
    Iterator<?> it = l.iterator();
    while (it.hasNext()) {
      value(it.next(), true);
      if (it.hasNext()) {
        append(", ");
      }
    }
    append("]");
    frame.exit();
  }

  private void map(Map<?, ?> m) {
    frame.enter();
    frame.charge(m.size());
    append("{");
    Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      value(e.getKey(), true);
      append(": ");
      value(e.getValue(), true);
      if (it.hasNext()) {
        append(", ");
      }
    }
    append("}");
    frame.exit();
  }

  // Python's repr(str): single quotes unless the text holds ' and no ".
  private void quote(String s) {
    frame.charge(s.length() >> 2);
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    int clean = 0;
    while (clean < s.length() && plain(s.charAt(clean), q)) {
      clean++;
    }
    if (clean == s.length()) {
      // Nothing to escape (the usual case): one bulk copy, no per-character appends.
      room(s.length() + 2);
      sb.append(q).append(s).append(q);
      return;
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append(q).append(s, 0, clean);
    for (int i = clean; i < s.length(); ) {
      char ch = s.charAt(i);
      if (plain(ch, q)) {
        out.append(ch); // the common case: printable ASCII needs no classification
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (cp == q) {
            out.append('\\').append(q);
          } else if (printable(cp)) {
            out.appendCodePoint(cp);
          } else if (cp < 0x100) {
            out.append(String.format("\\x%02x", cp));
          } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
          } else {
            out.append(String.format("\\U%08x", cp));
          }
        }
      }
    }
    append(out.append(q).toString());
  }

  /** Printable ASCII that needs no escape inside {@code q} quotes. */
  private static boolean plain(char ch, char q) {
    return ch >= 0x20 && ch < 0x7f && ch != '\\' && ch != q;
  }

  private static boolean printable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /** Python {@code str(datetime)}: {@code 2024-01-02 03:04:05[.ffffff]+00:00}. */
  public static String dateTimeStr(OffsetDateTime t) {
    StringBuilder s = new StringBuilder(32);
    s.append(String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
        t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
    int micros = t.getNano() / 1000;
    if (micros != 0) {
      s.append(String.format(".%06d", micros));
    }
    return s.append(offset(t.getOffset())).toString();
  }

  /** Python's {@code +HH:MM[:SS]} utcoffset layout. */
  public static String offset(ZoneOffset o) {
    int total = o.getTotalSeconds();
    int abs = Math.abs(total);
    String s = String.format("%c%02d:%02d", total < 0 ? '-' : '+', abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? s : s + String.format(":%02d", abs % 60);
  }

  private static String dateTimeRepr(OffsetDateTime t) {
    StringBuilder s = new StringBuilder("datetime.datetime(");
    s.append(t.getYear()).append(", ").append(t.getMonthValue()).append(", ")
        .append(t.getDayOfMonth()).append(", ").append(t.getHour()).append(", ").append(t.getMinute());
    int micros = t.getNano() / 1000;
    if (t.getSecond() != 0 || micros != 0) {
      s.append(", ").append(t.getSecond());
    }
    if (micros != 0) {
      s.append(", ").append(micros);
    }
    int off = t.getOffset().getTotalSeconds();
    s.append(off == 0 ? ", tzinfo=datetime.timezone.utc)"
        : ", tzinfo=datetime.timezone(datetime.timedelta(seconds=" + off + ")))");
    return s.toString();
  }
}
