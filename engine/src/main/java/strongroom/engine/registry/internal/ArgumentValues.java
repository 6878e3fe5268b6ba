package strongroom.engine.registry.internal;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of an action's arguments. The runner has already checked them against the spec, so
 * a wrong type here is a bug in the action's own spec, reported as such.
 */
public final class ArgumentValues {
  private final Map<String, Object> args;

  private ArgumentValues(Map<String, Object> args) {
    this.args = args;
  }

  public static ArgumentValues of(Map<String, Object> args) {
    return new ArgumentValues(args);
  }

  public boolean has(String name) {
    return args.get(name) != null;
  }

  public Object raw(String name) {
    return args.get(name);
  }

  public String string(String name) {
    return as(name, String.class);
  }

  public Boolean bool(String name) {
    return as(name, Boolean.class);
  }

  public boolean bool(String name, boolean fallback) {
    Boolean b = bool(name);
    return b == null ? fallback : b;
  }

  public Long integer(String name) {
    Number n = as(name, Number.class);
    return n == null ? null : n.longValue();
  }

  public Double number(String name) {
    Number n = as(name, Number.class);
    return n == null ? null : n.doubleValue();
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> map(String name) {
    return as(name, Map.class);
  }

  @SuppressWarnings("unchecked")
  public List<Object> list(String name) {
    return as(name, List.class);
  }

  private <T> T as(String name, Class<T> type) {
    Object v = args.get(name);
    if (v == null) {
      return null;
    }
    if (!type.isInstance(v)) {
      throw new IllegalStateException("argument `" + name + "` reached the action as "
          + v.getClass().getSimpleName() + "; its spec and its code disagree");
    }
    return type.cast(v);
  }
}
