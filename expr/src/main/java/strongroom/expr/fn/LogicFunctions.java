package strongroom.expr.fn;

import java.util.UUID;
import strongroom.expr.eval.Values;

/** and, or, not (on truthiness, returning a bool) and uuid4. */
final class LogicFunctions {
  private LogicFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("and", 1, -1, a -> {
      for (int i = 0; i < a.size(); i++) {
        if (!Values.truthy(a.get(i))) {
          return false;
        }
      }
      return true;
    });
    b.add("or", 1, -1, a -> {
      for (int i = 0; i < a.size(); i++) {
        if (Values.truthy(a.get(i))) {
          return true;
        }
      }
      return false;
    });
    b.add("not", 1, 1, a -> !Values.truthy(a.get(0)));
    // Not deterministic by nature; the only such function besides the clock readers.
    b.add("uuid4", 0, 0, a -> UUID.randomUUID().toString());
  }
}
