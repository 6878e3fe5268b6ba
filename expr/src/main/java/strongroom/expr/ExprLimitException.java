package strongroom.expr;

/** A bound of {@link Limits} was exceeded: length, depth, size of a built value, or work. */
public final class ExprLimitException extends ExprEvalException {
  private static final long serialVersionUID = 1L;

  public ExprLimitException(String detail) {
    super(ExprErrorCode.LIMIT, detail);
  }

  private ExprLimitException(String detail, int position, String expression) {
    super(ExprErrorCode.LIMIT, detail, position, expression);
  }

  @Override
  protected ExprException withLocation(int position, String expression) {
    return new ExprLimitException(detail(), position, expression);
  }
}
