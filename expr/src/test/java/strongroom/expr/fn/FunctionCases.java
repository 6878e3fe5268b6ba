package strongroom.expr.fn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import strongroom.expr.ExprException;
import strongroom.expr.ExprTesting;

/** Checks one table row: an expected Python repr, or {@code !CODE} for an expected error. */
final class FunctionCases {
  private FunctionCases() {}

  static void check(String expr, String expected) {
    if (expected.startsWith("!")) {
      ExprException e = ExprTesting.error(expr);
      assertEquals(expected.substring(1), e.code().name(), e.getMessage());
      assertEquals(true, e.getMessage().contains("FN.") || e.getMessage().contains(expr),
          e.getMessage());
    } else {
      assertEquals(expected, ExprTesting.repr(expr));
    }
  }
}
