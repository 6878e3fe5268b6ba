package strongroom.expr.eval;

/** Resolves {@code FN} names to implementations for the compiler. */
@FunctionalInterface
public interface Library {
  /** The implementation of {@code name}, or null when there is none. */
  ExprFunction function(String name);
}
