package strongroom.expr;

/** A lexing or parsing error; always carries the 1-based position and the expression text. */
public final class ExprSyntaxException extends ExprException {
  private static final long serialVersionUID = 1L;

  public ExprSyntaxException(ExprErrorCode code, String detail, int position, String expression) {
    super(code, detail, position, expression);
  }

  @Override
  protected ExprException withLocation(int position, String expression) {
    return new ExprSyntaxException(code(), detail(), position, expression);
  }
}
