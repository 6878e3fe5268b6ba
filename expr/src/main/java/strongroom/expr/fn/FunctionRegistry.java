package strongroom.expr.fn;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import strongroom.expr.eval.ExprFunction;
import strongroom.expr.eval.Library;
import strongroom.expr.syntax.Signatures;

/** The {@code FN} library: every function with its arity; immutable once built. */
public final class FunctionRegistry implements Library, Signatures {
  private static final FunctionRegistry STANDARD = buildStandard();

  private final Map<String, Entry> entries;

  private record Entry(Arity arity, ExprFunction fn) {}

  private FunctionRegistry(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /** The standard library, shared (it holds no state). */
  public static FunctionRegistry standard() {
    return STANDARD;
  }

  private static FunctionRegistry buildStandard() {
    Builder b = new Builder();
    StringFunctions.register(b);
    TextFunctions.register(b);
    CompareFunctions.register(b);
    LogicFunctions.register(b);
    RegexFunctions.register(b);
    CollectionFunctions.register(b);
    SetFunctions.register(b);
    DictFunctions.register(b);
    MathFunctions.register(b);
    JsonFunctions.register(b);
    YamlFunctions.register(b);
    CsvFunctions.register(b);
    EncodingFunctions.register(b);
    HashFunctions.register(b);
    IpFunctions.register(b);
    IocFunctions.register(b);
    TimeFunctions.register(b);
    return new FunctionRegistry(b.entries);
  }

  @Override
  public ExprFunction function(String name) {
    Entry e = entries.get(name);
    return e == null ? null : e.fn();
  }

  @Override
  public Arity arity(String name) {
    Entry e = entries.get(name);
    return e == null ? null : e.arity();
  }

  /** Every function name, sorted. */
  @Override
  public Set<String> names() {
    return entries.keySet();
  }

  /** Collects functions while the registry is built. */
  static final class Builder {
    private final Map<String, Entry> entries = new TreeMap<>();

    /** Registers {@code name} taking {@code min} to {@code max} arguments ({@code max < 0}: any). */
    Builder add(String name, int min, int max, ExprFunction fn) {
      if (entries.put(name, new Entry(new Arity(min, max), fn)) != null) {
        throw new IllegalStateException("function registered twice: " + name);
      }
      return this;
    }
  }
}
