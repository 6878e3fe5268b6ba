package strongroom.expr.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprLimitException;
import strongroom.expr.ExprSyntaxException;
import strongroom.expr.syntax.Node.Segment;

/**
 * Recursive-descent parser for one expression. Precedence, lowest first: {@code if/else},
 * {@code ||}, {@code &&}, {@code not}, comparisons (chained), {@code in}, {@code is},
 * {@code + -}, {@code * / %}, unary {@code - +}, postfix paths; {@code -> type} trails a
 * whole expression.
 */
public final class Parser {
  private static final Set<String> CASTS = Set.of("int", "float", "str", "bool");
  private static final List<String> ROOTS =
      List.of("ACTIONS", "TRIGGER", "var", "ENV", "VARS", "SECRETS", "FN", "inputs", "steps");
  private static final Set<String> KEYWORDS =
      Set.of("if", "else", "not", "in", "is", "for", "True", "False", "None");

  private final String src;
  private final List<Token> tokens;
  private final Signatures signatures;
  private final int maxDepth;
  private int at;
  private int depth;

  private Parser(String src, Signatures signatures, int maxDepth) {
    this.src = src;
    this.tokens = Lexer.tokenize(src);
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
    if (peek().is("for") && peek().kind() == Token.Kind.NAME) {
      int pos = next().pos();
      expectName("var", "expected 'var' after 'for'");
      expect(".");
      String name = name("expected a loop variable name");
      expectName("in", "expected 'in' after the loop variable");
      result = new Node.Iterator(pos, name, expression());
    } else {
      result = expression();
    }
    if (peek().kind() != Token.Kind.EOF) {
      throw error(ExprErrorCode.PARSE, "unexpected " + describe(peek()), peek());
    }
    return result;
  }

  // Every nested construct comes through here, so this is where depth is bounded.
  private Node expression() {
    enter();
    Node node = ternary();
    while (peek().is("->")) {
      Token arrow = next();
      Token type = next();
      if (type.kind() != Token.Kind.NAME || !CASTS.contains(type.text())) {
        throw error(ExprErrorCode.PARSE, "expected int, float, str or bool after '->'", type);
      }
      node = new Node.Cast(arrow.pos(), type.text(), node);
    }
    depth--;
    return node;
  }

  private void enter() {
    if (++depth > maxDepth) {
      throw new ExprLimitException("expression nested deeper than " + maxDepth)
          .locate(peek().pos() + 1, src);
    }
  }

  private Node ternary() {
    Node then = or();
    if (peek().is("if") && peek().kind() == Token.Kind.NAME) {
      int pos = next().pos();
      Node cond = or();
      expectName("else", "expected 'else' in conditional expression");
      enter();
      Node otherwise = ternary();
      depth--;
      return new Node.Ternary(pos, then, cond, otherwise);
    }
    return then;
  }

  private Node or() {
    Node left = and();
    while (peek().is("||")) {
      int pos = next().pos();
      left = new Node.Logical(pos, Op.OR, left, and());
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (peek().is("&&")) {
      int pos = next().pos();
      left = new Node.Logical(pos, Op.AND, left, not());
    }
    return left;
  }

  private Node not() {
    if (keyword("not")) {
      int pos = next().pos();
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
      Op op = switch (peek().kind() == Token.Kind.OP ? peek().text() : "") {
        case "==" -> Op.EQ;
        case "!=" -> Op.NE;
        case "<" -> Op.LT;
        case "<=" -> Op.LE;
        case ">" -> Op.GT;
        case ">=" -> Op.GE;
        default -> null;
      };
      if (op == null) {
        break;
      }
      next();
      if (operands == null) {
        operands = new ArrayList<>(List.of(first));
        ops = new ArrayList<>();
      }
      ops.add(op);
      operands.add(membership());
    }
    return operands == null ? first : new Node.Compare(first.pos(), operands, ops);
  }

  private Node membership() {
    Node left = identity();
    while (true) {
      if (keyword("in")) {
        int pos = next().pos();
        left = new Node.Binary(pos, Op.IN, left, identity());
      } else if (keyword("not") && tokens.get(at + 1).is("in")
          && tokens.get(at + 1).kind() == Token.Kind.NAME) {
        int pos = next().pos();
        next();
        left = new Node.Binary(pos, Op.NOT_IN, left, identity());
      } else {
        return left;
      }
    }
  }

  private Node identity() {
    Node left = additive();
    while (keyword("is")) {
      int pos = next().pos();
      Op op = Op.IS;
      if (keyword("not")) {
        next();
        op = Op.IS_NOT;
      }
      left = new Node.Binary(pos, op, left, additive());
    }
    return left;
  }

  private Node additive() {
    Node left = multiplicative();
    while (peek().is("+") || peek().is("-")) {
      Token t = next();
      left = new Node.Binary(t.pos(), t.text().equals("+") ? Op.ADD : Op.SUB, left,
          multiplicative());
    }
    return left;
  }

  private Node multiplicative() {
    Node left = unary();
    while (peek().is("*") || peek().is("/") || peek().is("%")) {
      Token t = next();
      Op op = switch (t.text()) {
        case "*" -> Op.MUL;
        case "/" -> Op.DIV;
        default -> Op.MOD;
      };
      left = new Node.Binary(t.pos(), op, left, unary());
    }
    return left;
  }

  private Node unary() {
    if (peek().is("-") || peek().is("+")) {
      Token t = next();
      enter();
      Node operand = unary();
      depth--;
      // Folding negative number literals keeps [-1] a static path step.
      if (t.text().equals("-") && operand instanceof Node.Literal lit) {
        if (lit.value() instanceof Double d) {
          return new Node.Literal(t.pos(), -d);
        }
        if (lit.value() instanceof Long l) {
          return new Node.Literal(t.pos(), -l);
        }
      }
      return new Node.Unary(t.pos(), t.text().equals("-") ? Op.NEG : Op.POS, operand);
    }
    return postfix(primary());
  }

  private Node postfix(Node base) {
    if (!peek().is(".") && !peek().is("[")) {
      return base; // the common case, without allocating
    }
    List<Segment> segments = new ArrayList<>();
    while (true) {
      if (peek().is(".")) {
        Token dot = next();
        segments.add(new Node.Field(dot.pos(), name("expected a field name after '.'")));
      } else if (peek().is("[")) {
        Token open = next();
        if (peek().is("*") && tokens.get(at + 1).is("]")) {
          next();
          next();
          segments.add(new Node.Wildcard(open.pos()));
        } else {
          Node index = expression();
          expect("]");
          segments.add(new Node.Index(open.pos(), index));
        }
      } else {
        break;
      }
    }
    if (segments.isEmpty()) {
      return base;
    }
    if (base instanceof Node.Path p) {
      List<Segment> all = new ArrayList<>(p.segments());
      all.addAll(segments);
      return new Node.Path(p.pos(), p.base(), List.copyOf(all));
    }
    if (base instanceof Node.Secret) {
      throw error(ExprErrorCode.PARSE, "SECRETS takes exactly <name>.<key>", tokens.get(at - 1));
    }
    return new Node.Path(base.pos(), base, List.copyOf(segments));
  }

  private Node primary() {
    Token t = next();
    switch (t.kind()) {
      case INT, FLOAT, STRING -> {
        return new Node.Literal(t.pos(), t.value());
      }
      case NAME -> {
        return named(t);
      }
      case EOF -> throw error(ExprErrorCode.PARSE, "unexpected end of expression", t);
      default -> {
        return switch (t.text()) {
          case "(" -> {
            Node inner = expression();
            expect(")");
            yield inner;
          }
          case "[" -> list(t);
          case "{" -> map(t);
          default -> throw error(ExprErrorCode.PARSE, "unexpected " + describe(t), t);
        };
      }
    }
  }

  private Node list(Token open) {
    List<Node> items = new ArrayList<>();
    while (!peek().is("]")) {
      items.add(expression());
      if (!peek().is(",")) {
        break;
      }
      next();
    }
    expect("]");
    return new Node.ListLit(open.pos(), List.copyOf(items));
  }

  private Node map(Token open) {
    List<Node> keys = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    while (!peek().is("}")) {
      keys.add(expression());
      expect(":");
      values.add(expression());
      if (!peek().is(",")) {
        break;
      }
      next();
    }
    expect("}");
    return new Node.MapLit(open.pos(), List.copyOf(keys), List.copyOf(values));
  }

  private Node named(Token t) {
    String n = t.text();
    switch (n) {
      case "True" -> {
        return new Node.Literal(t.pos(), Boolean.TRUE);
      }
      case "False" -> {
        return new Node.Literal(t.pos(), Boolean.FALSE);
      }
      case "None" -> {
        return new Node.Literal(t.pos(), null);
      }
      case "SECRETS" -> {
        expect(".");
        String name = name("expected a secret name after 'SECRETS.'");
        if (!peek().is(".")) {
          throw error(ExprErrorCode.PARSE, "SECRETS takes exactly <name>.<key>", peek());
        }
        next();
        String key = name("expected a key name after 'SECRETS." + name + ".'");
        if (peek().is(".") || peek().is("[")) {
          throw error(ExprErrorCode.PARSE, "SECRETS takes exactly <name>.<key>", peek());
        }
        return new Node.Secret(t.pos(), name, key);
      }
      case "VARS" -> {
        expect(".");
        String name = name("expected a variable name after 'VARS.'");
        expect(".");
        String key = name("expected a key name after 'VARS." + name + ".'");
        return new Node.WorkspaceVar(t.pos(), name, key);
      }
      case "ACTIONS", "var" -> {
        Node.RootKind kind = n.equals("var") ? Node.RootKind.VAR : Node.RootKind.ACTIONS;
        Token dot = expect(".");
        String first = name("expected a name after '" + n + ".'");
        return new Node.Path(t.pos(), new Node.Root(t.pos(), kind),
            List.of(new Node.Field(dot.pos(), first)));
      }
      case "TRIGGER" -> {
        return new Node.Root(t.pos(), Node.RootKind.TRIGGER);
      }
      case "ENV" -> {
        return new Node.Root(t.pos(), Node.RootKind.ENV);
      }
      case "inputs" -> {
        return new Node.Root(t.pos(), Node.RootKind.INPUTS);
      }
      case "steps" -> {
        return new Node.Root(t.pos(), Node.RootKind.STEPS);
      }
      case "FN" -> {
        return call(t);
      }
      default -> {
        if (CASTS.contains(n) && peek().is("(")) {
          next();
          Node operand = expression();
          expect(")");
          return new Node.Cast(t.pos(), n, operand);
        }
        if (KEYWORDS.contains(n)) {
          throw error(ExprErrorCode.PARSE, "unexpected '" + n + "'", t);
        }
        List<String> near = ROOTS.stream().filter(r -> r.equalsIgnoreCase(n)).toList();
        if (near.isEmpty()) {
          near = Suggestions.nearest(n, ROOTS, 2);
        }
        throw error(ExprErrorCode.UNKNOWN_NAME, "unknown name '" + n + "'" + hint(near), t);
      }
    }
  }

  private Node call(Token fn) {
    expect(".");
    Token nameToken = peek();
    String name = name("expected a function name after 'FN.'");
    Signatures.Arity arity = signatures.arity(name);
    if (arity == null) {
      throw error(ExprErrorCode.UNKNOWN_FUNCTION, "unknown function 'FN." + name + "'"
          + hint(Suggestions.nearest(name, signatures.names(), 3).stream()
              .map(s -> "FN." + s).toList()), nameToken);
    }
    boolean broadcast = false;
    if (peek().is(".") && tokens.get(at + 1).is("map")) {
      next();
      next();
      broadcast = true;
    }
    expect("(");
    List<Node> args = new ArrayList<>();
    while (!peek().is(")")) {
      args.add(expression());
      if (!peek().is(",")) {
        break;
      }
      next();
    }
    expect(")");
    if (!arity.accepts(args.size())) {
      throw error(ExprErrorCode.ARITY, "FN." + name + " takes " + arity.describe()
          + " argument(s), got " + args.size(), nameToken);
    }
    return new Node.Call(fn.pos(), name, List.copyOf(args), broadcast);
  }

  private static String hint(List<String> near) {
    return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
  }

  private boolean keyword(String k) {
    return peek().kind() == Token.Kind.NAME && peek().text().equals(k);
  }

  private String name(String message) {
    Token t = peek();
    if (t.kind() != Token.Kind.NAME) {
      throw error(ExprErrorCode.PARSE, message, t);
    }
    next();
    return t.text();
  }

  private void expectName(String word, String message) {
    if (!keyword(word)) {
      throw error(ExprErrorCode.PARSE, message, peek());
    }
    next();
  }

  private Token expect(String op) {
    Token t = peek();
    if (!(t.kind() == Token.Kind.OP && t.text().equals(op))) {
      throw error(ExprErrorCode.PARSE, "expected '" + op + "' but found " + describe(t), t);
    }
    return next();
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token next() {
    Token t = tokens.get(at);
    if (t.kind() != Token.Kind.EOF) {
      at++;
    }
    return t;
  }

  private static String describe(Token t) {
    return t.kind() == Token.Kind.EOF ? "end of expression" : "'" + t.text() + "'";
  }

  private ExprSyntaxException error(ExprErrorCode code, String detail, Token at) {
    return new ExprSyntaxException(code, detail, at.pos() + 1, src);
  }
}
