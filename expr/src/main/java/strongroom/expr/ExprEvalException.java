package strongroom.expr;

/** An evaluation error; the detail names the failing part (operator and types, or function). */
public class ExprEvalException extends ExprException {
  private static final long serialVersionUID = 1L;

  public ExprEvalException(ExprErrorCode code, String detail) {
    super(code, detail);
  }

  public ExprEvalException(ExprErrorCode code, String detail, int position, String expression) {
    super(code, detail, position, expression);
  }

  @Override
  protected ExprException withLocation(int position, String expression) {
    return new ExprEvalException(code(), detail(), position, expression);
  }
}
