package strongroom.expr.eval;

/** One {@code FN.<name>} implementation; arity is checked before it is called. */
@FunctionalInterface
public interface ExprFunction {
  /** The result for {@code args}; a wrong type or value is an {@code ExprEvalException}. */
  Object call(Args args);
}
