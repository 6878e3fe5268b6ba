package strongroom.expr.syntax;

import static strongroom.expr.syntax.Tokens.isName;

import java.util.ArrayList;
import java.util.List;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprLimitException;
import strongroom.expr.ExprSyntaxException;
import strongroom.expr.syntax.Node.Segment;

/**
 * Recursive-descent parser for one expression. Precedence, lowest first: {@code if/else},
 * {@code ||}, {@code &&}, {@code not}, comparisons (chained), {@code in}, {@code is},
 * {@code + -}, {@code * / %}, unary {@code - +}, postfix paths; {@code -> type} trails a
 * whole expression. The whole expression is lexed first, so a lexing error wins over a
 * parsing error wherever they are.
 */
public final class Parser {
  private final Tokens in;
  private final Signatures signatures;
  private final int maxDepth;
  private int depth;

  private Parser(String src, Signatures signatures, int maxDepth) {
    this.in = Lexer.tokenize(src);
    this.signatures = signatures;
    this.maxDepth = maxDepth;
  }

  /**
   * The tree of {@code src}: an expression, or a {@link Node.Iterator} for
   * {@code for var.x in ...}.
   *
   * @throws ExprSyntaxException on any lexing or parsing error, with its position
   * @throws ExprLimitException when nesting exceeds {@code maxDepth}
   */
  public static Node parse(String src, Signatures signatures, int maxDepth) {
    return new Parser(src, signatures, maxDepth).root();
  }

  private Node root() {
    Node result;
    if (in.kind() == Tokens.FOR) {
      int pos = in.pos(in.next());
      in.expect(Tokens.VAR, "expected 'var' after 'for'");
      in.expect(Tokens.DOT);
      String name = in.name("expected a loop variable name");
      in.expect(Tokens.IN, "expected 'in' after the loop variable");
      result = new Node.Iterator(pos, name, expression());
    } else {
      result = expression();
    }
    if (in.kind() != Tokens.EOF) {
      throw in.error(ExprErrorCode.PARSE, "unexpected " + in.describe(in.at()), in.at());
    }
    return result;
  }

  // Every nested construct comes through here, so this is where depth is bounded.
  private Node expression() {
    enter();
    Node node = ternary();
    while (in.kind() == Tokens.ARROW) {
      int arrow = in.next();
      int type = in.next();
      if (in.kindOf(type) < Tokens.CAST_INT) {
        throw in.error(ExprErrorCode.PARSE, "expected int, float, str or bool after '->'", type);
      }
      node = new Node.Cast(in.pos(arrow), (String) in.value(type), node);
    }
    depth--;
    return node;
  }

  private void enter() {
    if (++depth > maxDepth) {
      throw new ExprLimitException("expression nested deeper than " + maxDepth)
          .locate(in.pos(in.at()) + 1, in.src);
    }
  }

  private Node ternary() {
    Node then = or();
    if (in.kind() == Tokens.IF) {
      int pos = in.pos(in.next());
      Node cond = or();
      in.expect(Tokens.ELSE, "expected 'else' in conditional expression");
      enter();
      Node otherwise = ternary();
      depth--;
      return new Node.Ternary(pos, then, cond, otherwise);
    }
    return then;
  }

  private Node or() {
    Node left = and();
    while (in.kind() == Tokens.OR) {
      int pos = in.pos(in.next());
      left = new Node.Logical(pos, Op.OR, left, and());
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (in.kind() == Tokens.AND) {
      int pos = in.pos(in.next());
      left = new Node.Logical(pos, Op.AND, left, not());
    }
    return left;
  }

  private Node not() {
    if (in.kind() == Tokens.NOT) {
      int pos = in.pos(in.next());
      enter();
      Node operand = not();
      depth--;
      return new Node.Unary(pos, Op.NOT, operand);
    }
    return comparison();
  }

  private Node comparison() {
    Node first = membership();
    List<Node> operands = null;
    List<Op> ops = null;
    while (true) {
      Op op = switch (in.kind()) {
        case Tokens.EQ -> Op.EQ;
        case Tokens.NE -> Op.NE;
        case Tokens.LT -> Op.LT;
        case Tokens.LE -> Op.LE;
        case Tokens.GT -> Op.GT;
        case Tokens.GE -> Op.GE;
        default -> null;
      };
      if (op == null) {
        break;
      }
      in.next();
      if (operands == null) {
        operands = new ArrayList<>(4);
        operands.add(first);
        ops = new ArrayList<>(3);
      }
      ops.add(op);
      operands.add(membership());
    }
    return operands == null ? first : new Node.Compare(first.pos(), operands, ops);
  }

  private Node membership() {
    Node left = identity();
    while (true) {
      if (in.kind() == Tokens.IN) {
        int pos = in.pos(in.next());
        left = new Node.Binary(pos, Op.IN, left, identity());
      } else if (in.kind() == Tokens.NOT && in.kindOf(in.at() + 1) == Tokens.IN) {
        int pos = in.pos(in.next());
        in.next();
        left = new Node.Binary(pos, Op.NOT_IN, left, identity());
      } else {
        return left;
      }
    }
  }

  private Node identity() {
    Node left = additive();
    while (in.kind() == Tokens.IS) {
      int pos = in.pos(in.next());
      boolean negated = in.kind() == Tokens.NOT;
      if (negated) {
        in.next();
      }
      left = new Node.Binary(pos, negated ? Op.IS_NOT : Op.IS, left, additive());
    }
    return left;
  }

  private Node additive() {
    Node left = multiplicative();
    for (int k = in.kind(); k == Tokens.PLUS || k == Tokens.MINUS; k = in.kind()) {
      int pos = in.pos(in.next());
      left = new Node.Binary(pos, k == Tokens.PLUS ? Op.ADD : Op.SUB, left, multiplicative());
    }
    return left;
  }

  private Node multiplicative() {
    Node left = unary();
    for (int k = in.kind(); k == Tokens.STAR || k == Tokens.SLASH || k == Tokens.PERCENT;
        k = in.kind()) {
      int pos = in.pos(in.next());
      Op op = k == Tokens.STAR ? Op.MUL : k == Tokens.SLASH ? Op.DIV : Op.MOD;
      left = new Node.Binary(pos, op, left, unary());
    }
    return left;
  }

  private Node unary() {
    int k = in.kind();
    if (k == Tokens.MINUS || k == Tokens.PLUS) {
      int pos = in.pos(in.next());
      enter();
      Node operand = unary();
      depth--;
      // Folding negative number literals keeps [-1] a static path step.
      if (k == Tokens.MINUS && operand instanceof Node.Literal lit) {
        if (lit.value() instanceof Double d) {
          return new Node.Literal(pos, -d);
        }
        if (lit.value() instanceof Long l) {
          return new Node.Literal(pos, -l);
        }
      }
      return new Node.Unary(pos, k == Tokens.MINUS ? Op.NEG : Op.POS, operand);
    }
    return postfix(primary(), null);
  }

  // Collects every '.name', '[expr]' and '[*]' after base; `first` is a step already read.
  private Node postfix(Node base, Segment first) {
    if (first == null && in.kind() != Tokens.DOT && in.kind() != Tokens.LBRACKET) {
      return base; // the common case, without allocating
    }
    List<Segment> segments = new ArrayList<>();
    if (base instanceof Node.Path p) {
      segments.addAll(p.segments());
    }
    if (first != null) {
      segments.add(first);
    }
    int before = segments.size();
    while (true) {
      if (in.kind() == Tokens.DOT) {
        int dot = in.next();
        segments.add(new Node.Field(in.pos(dot), in.name("expected a field name after '.'")));
      } else if (in.kind() == Tokens.LBRACKET) {
        int open = in.next();
        if (in.kind() == Tokens.STAR && in.kindOf(in.at() + 1) == Tokens.RBRACKET) {
          in.next();
          in.next();
          segments.add(new Node.Wildcard(in.pos(open)));
        } else {
          Node index = expression();
          in.expect(Tokens.RBRACKET);
          segments.add(new Node.Index(in.pos(open), index));
        }
      } else {
        break;
      }
    }
    if (base instanceof Node.Secret && segments.size() > before) {
      throw in.error(ExprErrorCode.PARSE, "SECRETS takes exactly <name>.<key>", in.at() - 1);
    }
    return base instanceof Node.Path p ? new Node.Path(p.pos(), p.base(), List.copyOf(segments))
        : new Node.Path(base.pos(), base, List.copyOf(segments));
  }

  private Node primary() {
    int t = in.next();
    int pos = in.pos(t);
    return switch (in.kindOf(t)) {
      case Tokens.INT, Tokens.FLOAT, Tokens.STRING -> new Node.Literal(pos, in.value(t));
      case Tokens.EOF -> throw in.error(ExprErrorCode.PARSE, "unexpected end of expression", t);
      case Tokens.LPAREN -> {
        Node inner = expression();
        in.expect(Tokens.RPAREN);
        yield inner;
      }
      case Tokens.LBRACKET -> list(pos);
      case Tokens.LBRACE -> map(pos);
      case Tokens.TRUE -> new Node.Literal(pos, Boolean.TRUE);
      case Tokens.FALSE -> new Node.Literal(pos, Boolean.FALSE);
      case Tokens.NONE -> new Node.Literal(pos, null);
      case Tokens.SECRETS -> secret(pos);
      case Tokens.VARS -> {
        in.expect(Tokens.DOT);
        String name = in.name("expected a variable name after 'VARS.'");
        in.expect(Tokens.DOT);
        yield new Node.WorkspaceVar(pos, name, in.name("expected a key name after 'VARS.", name));
      }
      case Tokens.ACTIONS, Tokens.VAR -> { // a first step is required, then any others
        Node.RootKind kind = in.kindOf(t) == Tokens.VAR ? Node.RootKind.VAR : Node.RootKind.ACTIONS;
        int dot = in.expect(Tokens.DOT);
        String first = in.name("expected a name after '", (String) in.value(t));
        yield postfix(new Node.Root(pos, kind), new Node.Field(in.pos(dot), first));
      }
      case Tokens.TRIGGER -> new Node.Root(pos, Node.RootKind.TRIGGER);
      case Tokens.ENV -> new Node.Root(pos, Node.RootKind.ENV);
      case Tokens.INPUTS -> new Node.Root(pos, Node.RootKind.INPUTS);
      case Tokens.STEPS -> new Node.Root(pos, Node.RootKind.STEPS);
      case Tokens.FN -> call(pos);
      default -> {
        if (!isName(in.kindOf(t))) {
          throw in.error(ExprErrorCode.PARSE, "unexpected " + in.describe(t), t);
        }
        yield other(t);
      }
    };
  }

  private Node secret(int pos) {
    in.expect(Tokens.DOT);
    String name = in.name("expected a secret name after 'SECRETS.'");
    if (in.kind() != Tokens.DOT) {
      throw in.error(ExprErrorCode.PARSE, "SECRETS takes exactly <name>.<key>", in.at());
    }
    in.next();
    String key = in.name("expected a key name after 'SECRETS.", name);
    if (in.kind() == Tokens.DOT || in.kind() == Tokens.LBRACKET) {
      throw in.error(ExprErrorCode.PARSE, "SECRETS takes exactly <name>.<key>", in.at());
    }
    return new Node.Secret(pos, name, key);
  }

  // A cast, or a name that is no root: a keyword out of place or an unknown name.
  private Node other(int t) {
    String n = (String) in.value(t);
    if (in.kindOf(t) >= Tokens.CAST_INT && in.kind() == Tokens.LPAREN) {
      in.next();
      Node operand = expression();
      in.expect(Tokens.RPAREN);
      return new Node.Cast(in.pos(t), n, operand);
    }
    if (in.kindOf(t) >= Tokens.IF && in.kindOf(t) <= Tokens.FOR) {
      throw in.error(ExprErrorCode.PARSE, "unexpected '" + n + "'", t);
    }
    throw in.error(ExprErrorCode.UNKNOWN_NAME, Suggestions.unknownName(n), t);
  }

  private Node list(int pos) {
    List<Node> items = new ArrayList<>();
    while (in.kind() != Tokens.RBRACKET) {
      items.add(expression());
      if (in.kind() != Tokens.COMMA) {
        break;
      }
      in.next();
    }
    in.expect(Tokens.RBRACKET);
    return new Node.ListLit(pos, List.copyOf(items));
  }

  private Node map(int pos) {
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    while (in.kind() != Tokens.RBRACE) {
      keys.add(expression());
      in.expect(Tokens.COLON);
      values.add(expression());
      if (in.kind() != Tokens.COMMA) {
        break;
      }
      in.next();
    }
    in.expect(Tokens.RBRACE);
    return new Node.MapLit(pos, List.copyOf(keys), List.copyOf(values));
  }

  private Node call(int pos) {
    in.expect(Tokens.DOT);
    int nameToken = in.at();
    String name = in.name("expected a function name after 'FN.'");
    Signatures.Arity arity = signatures.arity(name);
    if (arity == null) {
      throw in.error(ExprErrorCode.UNKNOWN_FUNCTION,
          Suggestions.unknownFunction(name, signatures.names()), nameToken);
    }
    boolean broadcast = false;
    if (in.kind() == Tokens.DOT && in.kindOf(in.at() + 1) == Tokens.NAME
        && "map".equals(in.value(in.at() + 1))) {
      in.next();
      in.next();
      broadcast = true;
    }
    in.expect(Tokens.LPAREN);
    List<Node> args = new ArrayList<>();
    while (in.kind() != Tokens.RPAREN) {
      args.add(expression());
      if (in.kind() != Tokens.COMMA) {
        break;
      }
      in.next();
    }
    in.expect(Tokens.RPAREN);
    if (!arity.accepts(args.size())) {
      throw in.error(ExprErrorCode.ARITY, "FN." + name + " takes " + arity.describe()
          + " argument(s), got " + args.size(), nameToken);
    }
    return new Node.Call(pos, name, List.copyOf(args), broadcast);
  }
}
