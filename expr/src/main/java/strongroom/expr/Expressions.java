package strongroom.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.PyStr;
import strongroom.expr.fn.FunctionRegistry;
import strongroom.expr.refs.ReferenceCollector;
import strongroom.expr.syntax.TemplateScanner;

/**
 * The facade of the expression language: evaluates the templates in a JSON-like value,
 * collects references without evaluating, and runs {@code for_each} iterators.
 *
 * <p>Thread-safe. Parsed templates are cached (bounded), so a template seen before is not
 * parsed again.
 */
public final class Expressions {
  private final Limits limits;
  private final FunctionRegistry functions;
  private final int cacheCapacity;
  private final ConcurrentHashMap<String, Template> cache = new ConcurrentHashMap<>();
  private final Iterators iterators;

  private Expressions(Builder b) {
    this.limits = b.limits;
    this.functions = FunctionRegistry.standard();
    this.cacheCapacity = b.cacheCapacity;
    this.iterators = new Iterators(this);
  }

  /** An instance with default limits and a cache of 4096 templates. */
  public static Expressions create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The limits every evaluation runs under. */
  public Limits limits() {
    return limits;
  }

  /** Every {@code FN} name. */
  public Set<String> functionNames() {
    return functions.names();
  }

  /**
   * {@code value} with the templates in every string evaluated, map keys included; lists and
   * maps are copied, other values returned as they are.
   *
   * @throws ExprException on any language error; two keys of one map that evaluate to the
   *     same text are {@link ExprErrorCode#DUPLICATE_KEY}
   */
  public Object evaluate(Object value, EvalContext context) {
    Frame frame = new Frame(Objects.requireNonNull(context, "context"), limits);
    return guarded(() -> walk(value, frame));
  }

  /** Evaluates one template string (see {@link #evaluate(Object, EvalContext)}). */
  public Object evaluateTemplate(String template, EvalContext context) {
    return evaluate(template, context);
  }

  /** The parsed form of {@code template}, from the cache when seen before. */
  public Template parse(String template) {
    Template t = cache.get(template);
    if (t != null) {
      return t;
    }
    t = compile(template);
    if (cache.size() >= cacheCapacity) {
      evictSome();
    }
    cache.putIfAbsent(template, t);
    return t;
  }

  /** Parses and compiles {@code template} without touching the cache. */
  public Template compile(String template) {
    return guarded(() -> Template.compile(template, functions, functions, limits));
  }

  // Drops about an eighth of the entries; cheaper than LRU bookkeeping on every read, and a
  // workflow's working set of templates is small next to the capacity.
  private void evictSome() {
    int drop = Math.max(1, cacheCapacity / 8);
    var it = cache.keySet().iterator();
    while (drop-- > 0 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  int cachedTemplates() {
    return cache.size();
  }

  /**
   * Every reference made by the templates in {@code value}, collected without evaluating.
   *
   * @throws ExprSyntaxException when a template does not parse
   */
  public References references(Object value) {
    ReferenceCollector collector = new ReferenceCollector();
    guarded(() -> {
      collect(value, collector, 0);
      return null;
    });
    return collector.result();
  }

  /**
   * The loop-variable bindings of a {@code for_each}: each expression is
   * {@code for var.<name> in <expr>} (bare or inside {@code ${{ }}}); several are zipped to
   * the shortest. Element {@code i} maps every loop variable to its {@code i}-th value.
   *
   * @throws ExprException with {@link ExprErrorCode#NOT_ITERABLE} when a collection is not a list
   */
  public List<Map<String, Object>> iterate(List<String> forEach, EvalContext context) {
    Frame frame = new Frame(Objects.requireNonNull(context, "context"), limits);
    return guarded(() -> iterators.bindings(forEach, frame));
  }

  FunctionRegistry functions() {
    return functions;
  }

  private Object walk(Object value, Frame frame) {
    if (value instanceof String s) {
      if (!TemplateScanner.mayContainTemplate(s)) {
        return s;
      }
      return parse(s).evaluate(frame);
    }
    if (value instanceof Map<?, ?> m) {
      frame.enter();
      Map<String, Object> out = new LinkedHashMap<>();
      Map<String, String> sourceOfKey = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String sourceKey = String.valueOf(e.getKey());
        Object k = walk(sourceKey, frame);
        String key = k instanceof String ks ? ks : PyStr.str(k, frame);
        String previous = sourceOfKey.putIfAbsent(key, sourceKey);
        if (previous != null) {
          throw new ExprEvalException(ExprErrorCode.DUPLICATE_KEY, "map keys '" + previous
              + "' and '" + sourceKey + "' evaluate to the same text");
        }
        out.put(key, walk(e.getValue(), frame));
      }
      frame.exit();
      return out;
    }
    if (value instanceof List<?> l) {
      frame.enter();
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) {
        out.add(walk(x, frame));
      }
      frame.exit();
      return out;
    }
    return value;
  }

  private void collect(Object value, ReferenceCollector collector, int depth) {
    if (depth > limits.maxDepth() * 8) {
      throw new ExprLimitException("value nested deeper than " + limits.maxDepth() * 8);
    }
    if (value instanceof String s) {
      if (TemplateScanner.mayContainTemplate(s)) {
        parse(s).expressions().forEach(collector::add);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        collect(String.valueOf(e.getKey()), collector, depth + 1);
        collect(e.getValue(), collector, depth + 1);
      }
    } else if (value instanceof List<?> l) {
      for (Object x : l) {
        collect(x, collector, depth + 1);
      }
    }
  }

  // The parser and evaluator bound depth themselves; this is the last line against a deep
  // value handed in by a caller.
  private static <T> T guarded(java.util.function.Supplier<T> body) {
    try {
      return body.get();
    } catch (StackOverflowError e) {
      throw new ExprLimitException("nesting too deep to evaluate");
    }
  }

  /** Configures an {@link Expressions}. */
  public static final class Builder {
    private Limits limits = Limits.DEFAULT;
    private int cacheCapacity = 4096;

    private Builder() {}

    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** How many parsed templates to keep; at least 1. */
    public Builder cacheCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("cache capacity must be at least 1");
      }
      this.cacheCapacity = capacity;
      return this;
    }

    public Expressions build() {
      return new Expressions(this);
    }
  }
}
