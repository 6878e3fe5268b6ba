package strongroom.expr.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;
import strongroom.expr.ExprException;
import strongroom.expr.syntax.Node;
import strongroom.expr.syntax.Op;

/**
 * Turns a syntax tree into a tree of closures ({@link Code}). Each closure that can fail
 * locates its error at its node, so the innermost failing part is the one reported.
 */
public final class Compiler {
  private final String src;
  private final Library library;

  private Compiler(String src, Library library) {
    this.src = src;
    this.library = library;
  }

  /** Compiles {@code node}, parsed from {@code src}; function names must resolve in {@code library}. */
  public static Code compile(Node node, String src, Library library) {
    return new Compiler(src, library).code(node);
  }

  private Code code(Node node) {
    return switch (node) {
      case Node.Literal l -> literal(l.value());
      case Node.ListLit l -> list(l);
      case Node.MapLit m -> map(m);
      case Node.Root r -> root(r.kind());
      case Node.Secret s -> PathCode.secret(s, src);
      case Node.WorkspaceVar w -> PathCode.workspaceVar(w, src);
      case Node.Path p -> PathCode.path(code(p.base()), p, src, this::code);
      case Node.Call c -> call(c);
      case Node.Cast c -> cast(c);
      case Node.Unary u -> unary(u);
      case Node.Binary b -> binary(b);
      case Node.Logical l -> logical(l);
      case Node.Compare c -> compare(c);
      case Node.Ternary t -> ternary(t);
      case Node.Iterator it -> located(it.pos(), f -> {
        throw new ExprEvalException(ExprErrorCode.PARSE,
            "a 'for var.<name> in ...' expression is only valid as a for_each loop");
      });
    };
  }

  private static Code literal(Object value) {
    return f -> value;
  }

  private Code list(Node.ListLit l) {
    Code[] items = codes(l.items());
    return f -> {
      List<Object> out = new ArrayList<>(items.length);
      for (Code c : items) {
        out.add(c.run(f));
      }
      return out;
    };
  }

  private Code map(Node.MapLit m) {
    Code[] keys = codes(m.keys());
    Code[] values = codes(m.values());
    return located(m.pos(), f -> {
      Map<String, Object> out = new LinkedHashMap<>();
      for (int i = 0; i < keys.length; i++) {
        Object k = keys[i].run(f);
        if (!(k instanceof String key)) {
          throw new ExprEvalException(ExprErrorCode.TYPE,
              "dict keys must be str, not " + Values.typeName(k));
        }
        out.put(key, values[i].run(f));
      }
      return out;
    });
  }

  private static Code root(Node.RootKind kind) {
    return switch (kind) {
      case ACTIONS -> f -> f.context().actions();
      case TRIGGER -> f -> Values.canon(f.context().trigger());
      case VAR -> f -> f.context().var();
      case ENV -> f -> f.context().env();
      case INPUTS -> f -> f.context().inputs();
      case STEPS -> f -> f.context().steps();
    };
  }

  private Code call(Node.Call c) {
    ExprFunction fn = library.function(c.name());
    if (fn == null) {
      throw new ExprEvalException(ExprErrorCode.UNKNOWN_FUNCTION,
          "unknown function 'FN." + c.name() + "'", c.pos() + 1, src);
    }
    Code[] args = codes(c.args());
    String name = c.name();
    if (c.broadcast()) {
      return located(c.pos(), f -> Broadcast.call(name, fn, evalAll(args, f), f));
    }
    return located(c.pos(), f -> invoke(name, fn, evalAll(args, f), f));
  }

  /** Calls {@code fn}, turning any library failure into a typed error that quotes no value. */
  static Object invoke(String name, ExprFunction fn, Object[] values, Frame f) {
    try {
      return fn.call(new Args(name, values, f));
    } catch (ExprException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new ExprEvalException(ExprErrorCode.VALUE,
          "FN." + name + " failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Object[] evalAll(Code[] args, Frame f) {
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i].run(f);
    }
    return values;
  }

  private Code cast(Node.Cast c) {
    Code operand = code(c.operand());
    String type = c.type();
    return located(c.pos(), f -> Casts.apply(type, operand.run(f), f));
  }

  private Code unary(Node.Unary u) {
    Code operand = code(u.operand());
    return switch (u.op()) {
      case NOT -> f -> !Values.truthy(operand.run(f));
      case NEG -> located(u.pos(), f -> Operators.unary(operand.run(f), true));
      default -> located(u.pos(), f -> Operators.unary(operand.run(f), false));
    };
  }

  /** A binary operator's work on its two evaluated operands. */
  private interface BinaryOp {
    Object apply(Object a, Object b, Frame f);
  }

  private Code binary(Node.Binary b) {
    Code l = code(b.left());
    Code r = code(b.right());
    BinaryOp op = switch (b.op()) {
      case ADD -> Operators::add;
      case SUB -> (x, y, f) -> Operators.sub(x, y);
      case MUL -> Operators::mul;
      case DIV -> (x, y, f) -> Operators.div(x, y);
      case MOD -> (x, y, f) -> Operators.mod(x, y);
      case IN -> Operators::in;
      case NOT_IN -> (x, y, f) -> !Operators.in(x, y, f);
      case IS -> Operators::is;
      case IS_NOT -> (x, y, f) -> !Operators.is(x, y, f);
      default -> throw new IllegalStateException("not a binary operator: " + b.op());
    };
    // Located inline rather than through located(...): one closure per node, not two.
    int pos = b.pos();
    String src = this.src;
    return f -> {
      try {
        return op.apply(l.run(f), r.run(f), f);
      } catch (ExprException e) {
        throw e.locate(pos + 1, src);
      }
    };
  }

  private Code logical(Node.Logical n) {
    Code l = code(n.left());
    Code r = code(n.right());
    if (n.op() == Op.AND) {
      return f -> {
        Object a = l.run(f);
        return Values.truthy(a) ? r.run(f) : a;
      };
    }
    return f -> {
      Object a = l.run(f);
      return Values.truthy(a) ? a : r.run(f);
    };
  }

  private Code compare(Node.Compare c) {
    Code[] operands = codes(c.operands());
    Op[] ops = c.ops().toArray(new Op[0]);
    return located(c.pos(), f -> {
      Object left = operands[0].run(f);
      for (int i = 0; i < ops.length; i++) {
        Object right = operands[i + 1].run(f);
        if (!test(ops[i], left, right, f)) {
          return false;
        }
        left = right;
      }
      return true;
    });
  }

  private static boolean test(Op op, Object a, Object b, Frame f) {
    return switch (op) {
      case EQ -> Equality.equal(a, b, f);
      case NE -> !Equality.equal(a, b, f);
      default -> Ordering.test(a, b, op.symbol(), f);
    };
  }

  private Code ternary(Node.Ternary t) {
    Code then = code(t.then());
    Code cond = code(t.cond());
    Code otherwise = code(t.otherwise());
    return f -> Values.truthy(cond.run(f)) ? then.run(f) : otherwise.run(f);
  }

  private Code[] codes(List<Node> nodes) {
    Code[] out = new Code[nodes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = code(nodes.get(i));
    }
    return out;
  }

  /** Wraps {@code c} so that an unlocated error it throws points at {@code pos}. */
  Code located(int pos, Code c) {
    return located(pos, c, src);
  }

  static Code located(int pos, Code c, String src) {
    return f -> {
      try {
        return c.run(f);
      } catch (ExprException e) {
        throw e.locate(pos + 1, src);
      }
    };
  }
}
