package strongroom.expr.syntax;

/** The operators of the language, each with the symbol used in source and in errors. */
public enum Op {
  ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"),
  EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
  IN("in"), NOT_IN("not in"), IS("is"), IS_NOT("is not"),
  NEG("-"), POS("+"), NOT("not"), AND("&&"), OR("||");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in source. */
  public String symbol() {
    return symbol;
  }
}
