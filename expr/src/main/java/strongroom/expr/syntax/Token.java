package strongroom.expr.syntax;

/**
 * One lexeme: its kind, source text, decoded literal value (for numbers and strings) and
 * 0-based offset in the expression.
 */
public record Token(Kind kind, String text, Object value, int pos) {

  /** The lexical classes; operators and punctuation share {@link #OP}. */
  public enum Kind { INT, FLOAT, STRING, NAME, OP, EOF }

  /** True when this is the operator or keyword {@code s}. */
  public boolean is(String s) {
    return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
  }
}
