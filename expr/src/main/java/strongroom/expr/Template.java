package strongroom.expr;

import java.util.Arrays;
import java.util.List;
import strongroom.expr.eval.Code;
import strongroom.expr.eval.Compiler;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.Library;
import strongroom.expr.eval.PyStr;
import strongroom.expr.syntax.Node;
import strongroom.expr.syntax.Parser;
import strongroom.expr.syntax.Signatures;
import strongroom.expr.syntax.TemplateScanner;

/**
 * One parsed and compiled template string: immutable and thread-safe, so it can be cached and
 * evaluated many times. A string that is exactly one {@code ${{ }}} evaluates to the typed
 * value; any other mix renders each value as Python's {@code str()} and concatenates.
 */
public final class Template {
  private final String source;
  private final Object[] parts; // String literal text or Code
  private final List<Node> nodes;
  private final List<String> expressionSources;
  private final Limits limits;

  private Template(String source, Object[] parts, List<Node> nodes, List<String> sources,
      Limits limits) {
    this.source = source;
    this.limits = limits;
    this.parts = parts;
    this.nodes = nodes;
    this.expressionSources = sources;
  }

  static Template compile(String source, Signatures signatures, Library library, Limits limits) {
    List<TemplateScanner.Part> scanned = TemplateScanner.scan(source);
    Object[] parts = new Object[scanned.size()];
    Node[] nodes = new Node[parts.length];
    String[] sources = new String[parts.length];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      if (scanned.get(i) instanceof TemplateScanner.Expr e) {
        Node node = parseExpression(e.source(), signatures, limits);
        nodes[n] = node;
        sources[n++] = e.source();
        parts[i] = Compiler.compile(node, e.source(), library);
      } else {
        parts[i] = ((TemplateScanner.Text) scanned.get(i)).text();
      }
    }
    return new Template(source, parts, immutable(nodes, n), immutable(sources, n), limits);
  }

  // The first n elements as an immutable list; most templates hold a single expression.
  private static <T> List<T> immutable(T[] items, int n) {
    return switch (n) {
      case 0 -> List.of();
      case 1 -> List.of(items[0]);
      default -> List.of(Arrays.copyOf(items, n));
    };
  }

  static Node parseExpression(String src, Signatures signatures, Limits limits) {
    if (src.length() > limits.maxExpressionLength()) {
      throw new ExprLimitException("expression longer than " + limits.maxExpressionLength()
          + " characters");
    }
    return Parser.parse(src, signatures, limits.maxDepth());
  }

  /** The template string as written. */
  public String source() {
    return source;
  }

  /** True when the string holds no template at all (it evaluates to itself). */
  public boolean isPlainText() {
    return nodes.isEmpty();
  }

  /** True when the string is exactly one {@code ${{ }}} and so evaluates to a typed value. */
  public boolean isSingleExpression() {
    return parts.length == 1 && parts[0] instanceof Code;
  }

  /** The syntax trees of the expressions, in order. */
  public List<Node> expressions() {
    return nodes;
  }

  /** The source text of each expression, in order. */
  public List<String> expressionSources() {
    return expressionSources;
  }

  /** Evaluates against {@code context} under the limits of the {@link Expressions} that made it. */
  public Object evaluate(EvalContext context) {
    return evaluate(new Frame(context, limits));
  }

  /** Evaluates within an existing frame (shares its work budget). */
  public Object evaluate(Frame frame) {
    if (parts.length == 1 && parts[0] instanceof Code c) {
      return c.run(frame);
    }
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof Code c) {
        sb.append(PyStr.str(c.run(frame), frame));
      } else {
        sb.append((String) p);
      }
      frame.checkLength(sb.length());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Template[" + source + "]";
  }
}
