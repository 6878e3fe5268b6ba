package strongroom.expr;

import java.util.Objects;

/**
 * Root of every error of the expression language.
 *
 * <p>Messages quote only source text (the expression as written) and type names, never an
 * evaluated value, so no secret value can reach a log through them. Callers that build
 * responses should prefer {@link #code()}, {@link #position()} and {@link #expression()}.
 */
public class ExprException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_QUOTED = 200;

  private final ExprErrorCode code;
  private final String detail;
  private final int position;
  private final String expression;

  /** An error without a source location. */
  public ExprException(ExprErrorCode code, String detail) {
    this(code, detail, 0, null);
  }

  /**
   * An error at a 1-based {@code position} inside {@code expression} (0 when unknown).
   *
   * @param detail a phrase built from source text and type names only
   */
  public ExprException(ExprErrorCode code, String detail, int position, String expression) {
    super(null, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.position = Math.max(0, position);
    this.expression = expression;
  }

  /** What failed. */
  public ExprErrorCode code() {
    return code;
  }

  /** The phrase without location. */
  public String detail() {
    return detail;
  }

  /** The 1-based character position in {@link #expression()}, 0 when unknown. */
  public int position() {
    return position;
  }

  /** The expression source text the position refers to, or null. */
  public String expression() {
    return expression;
  }

  /** A copy of this error located at {@code position} in {@code expression}, unless already located. */
  public ExprException locate(int position, String expression) {
    if (this.expression != null || expression == null) {
      return this;
    }
    return withLocation(position, expression);
  }

  /** Subclasses override to keep their type when located. */
  protected ExprException withLocation(int position, String expression) {
    return new ExprException(code, detail, position, expression);
  }

  @Override
  public String getMessage() {
    StringBuilder sb = new StringBuilder();
    sb.append(code.name()).append(": ").append(detail);
    if (expression != null) {
      if (position > 0) {
        sb.append(" at position ").append(position);
      }
      String quoted = expression.length() > MAX_QUOTED
          ? expression.substring(0, MAX_QUOTED) + "..." : expression;
      sb.append(" in '").append(quoted).append('\'');
    }
    return sb.toString();
  }
}
