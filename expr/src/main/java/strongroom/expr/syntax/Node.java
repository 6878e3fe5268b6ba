package strongroom.expr.syntax;

import java.util.List;

/**
 * The immutable syntax tree. Every node keeps the 0-based offset of its first token so that
 * evaluation errors can point back into the source.
 */
public sealed interface Node {

  /** 0-based offset in the expression text. */
  int pos();

  /** A constant: null, Boolean, Long, Double or String. */
  record Literal(int pos, Object value) implements Node {}

  /** {@code [a, b]}. */
  record ListLit(int pos, List<Node> items) implements Node {}

  /** {@code {'k': v}}; keys must evaluate to strings. */
  record MapLit(int pos, List<Node> keys, List<Node> values) implements Node {}

  /** A context root: {@code ACTIONS}, {@code TRIGGER}, {@code var}, {@code ENV}, {@code inputs}, {@code steps}. */
  record Root(int pos, RootKind kind) implements Node {}

  /** {@code SECRETS.<name>.<key>}. */
  record Secret(int pos, String name, String key) implements Node {}

  /** {@code VARS.<name>.<key>}: a workspace variable. */
  record WorkspaceVar(int pos, String name, String key) implements Node {}

  /** {@code base.seg[seg]...}: field, index and wildcard steps applied to a base. */
  record Path(int pos, Node base, List<Segment> segments) implements Node {}

  /** {@code FN.<name>(args)}, or the broadcast {@code FN.<name>.map(args)}. */
  record Call(int pos, String name, List<Node> args, boolean broadcast) implements Node {}

  /** {@code int(x)} or {@code x -> int}; type is one of int, float, str, bool. */
  record Cast(int pos, String type, Node operand) implements Node {}

  /** {@code -x}, {@code +x}, {@code not x}. */
  record Unary(int pos, Op op, Node operand) implements Node {}

  /** Arithmetic, membership and identity operators. */
  record Binary(int pos, Op op, Node left, Node right) implements Node {}

  /** {@code &&} and {@code ||}: short-circuit, return an operand. */
  record Logical(int pos, Op op, Node left, Node right) implements Node {}

  /** A comparison chain {@code a < b <= c}: {@code ops.size() == operands.size() - 1}. */
  record Compare(int pos, List<Node> operands, List<Op> ops) implements Node {}

  /** {@code then if cond else otherwise}, evaluated lazily. */
  record Ternary(int pos, Node then, Node cond, Node otherwise) implements Node {}

  /** {@code for var.<name> in <collection>}: only valid as a whole for_each expression. */
  record Iterator(int pos, String var, Node collection) implements Node {}

  /** The context roots that take paths. */
  enum RootKind {
    ACTIONS, TRIGGER, VAR, ENV, INPUTS, STEPS;

    /** The root as written in source. */
    public String source() {
      return switch (this) {
        case VAR -> "var";
        case INPUTS -> "inputs";
        case STEPS -> "steps";
        default -> name();
      };
    }
  }

  /** One step of a {@link Path}. */
  sealed interface Segment {
    /** 0-based offset of the step. */
    int pos();
  }

  /** {@code .name}. */
  record Field(int pos, String name) implements Segment {}

  /** {@code [expr]}: an int index (negative counts from the end) or a string key. */
  record Index(int pos, Node index) implements Segment {}

  /** {@code [*]}: every element of a list or value of a map. */
  record Wildcard(int pos) implements Segment {}
}
