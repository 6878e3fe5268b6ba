package strongroom.expr;

/**
 * Bounds that keep every evaluation small and finite: no OutOfMemoryError, no stack
 * overflow, no hang. Exceeding one is an {@link ExprLimitException}.
 *
 * @param maxExpressionLength characters in one template string (16 KiB by default)
 * @param maxDepth nesting of expressions while parsing and of values while walking them
 * @param maxCollectionSize elements a function or operator may build in one list or map
 * @param maxStringLength characters a function, operator or rendering may build
 * @param maxWork abstract work units one evaluation may spend (one unit ≈ one element touched)
 */
public record Limits(int maxExpressionLength, int maxDepth, int maxCollectionSize,
    int maxStringLength, long maxWork) {

  /**
   * The defaults: 16 KiB expressions, depth 64, 100,000 elements, 4M characters, 10M work
   * units. Sized so that the worst single evaluation stays in the tens of milliseconds.
   */
  public static final Limits DEFAULT = new Limits(16 * 1024, 64, 100_000, 4_000_000, 10_000_000L);

  public Limits {
    if (maxExpressionLength < 1 || maxDepth < 1 || maxCollectionSize < 1 || maxStringLength < 1
        || maxWork < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
