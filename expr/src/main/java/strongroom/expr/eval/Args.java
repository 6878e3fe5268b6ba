package strongroom.expr.eval;

import java.util.List;
import java.util.Map;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;

/**
 * The evaluated arguments of one function call, with typed accessors whose errors name the
 * function, the argument position and the types involved (never a value).
 */
public final class Args {
  private final String function;
  private final Object[] values;
  private final Frame frame;

  public Args(String function, Object[] values, Frame frame) {
    this.function = function;
    this.values = values;
    this.frame = frame;
  }

  public int size() {
    return values.length;
  }

  public Frame frame() {
    return frame;
  }

  /** The function name, for error messages. */
  public String function() {
    return function;
  }

  /** Argument {@code i}, normalised; null when absent. */
  public Object get(int i) {
    return i < values.length ? Values.canon(values[i]) : null;
  }

  /** True when argument {@code i} was given. */
  public boolean has(int i) {
    return i < values.length;
  }

  /** Every argument from {@code from} on. */
  public List<Object> rest(int from) {
    List<Object> out = new java.util.ArrayList<>();
    for (int i = from; i < values.length; i++) {
      out.add(Values.canon(values[i]));
    }
    return out;
  }

  public String str(int i) {
    Object v = get(i);
    if (v instanceof String s) {
      // Most string functions walk their input once; long inputs pay for it.
      frame.charge(s.length() >> 3);
      return s;
    }
    throw typeError(i, "str");
  }

  /** A str argument, or {@code fallback} when absent or None. */
  public String str(int i, String fallback) {
    return get(i) == null ? fallback : str(i);
  }

  /** An int (bool excluded) argument. */
  public long integer(int i) {
    Object v = get(i);
    if (v instanceof Long l) {
      return l;
    }
    throw typeError(i, "int");
  }

  public long integer(int i, long fallback) {
    return get(i) == null ? fallback : integer(i);
  }

  /** An int or float argument. */
  public Object number(int i) {
    Object v = get(i);
    if (Values.isNumber(v)) {
      return v;
    }
    throw typeError(i, "int or float");
  }

  @SuppressWarnings("unchecked")
  public List<Object> list(int i) {
    Object v = get(i);
    if (v instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw typeError(i, "list");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> map(int i) {
    Object v = get(i);
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw typeError(i, "dict");
  }

  public boolean bool(int i) {
    Object v = get(i);
    if (v instanceof Boolean b) {
      return b;
    }
    throw typeError(i, "bool");
  }

  /** "FN.name: argument i must be T, not U". */
  public ExprEvalException typeError(int i, String expected) {
    return new ExprEvalException(ExprErrorCode.TYPE, "FN." + function + ": argument " + (i + 1)
        + " must be " + expected + ", not " + Values.typeName(get(i)));
  }

  /** "FN.name: detail" with code VALUE; {@code detail} must not quote a value. */
  public ExprEvalException valueError(String detail) {
    return new ExprEvalException(ExprErrorCode.VALUE, "FN." + function + ": " + detail);
  }
}
