package strongroom.expr.syntax;

import java.util.Collection;

/** What the parser needs to know about {@code FN} functions: their names and arities. */
public interface Signatures {

  /** Argument count bounds of {@code name}, or null when there is no such function. */
  Arity arity(String name);

  /** Every function name, for suggestions. */
  Collection<String> names();

  /** Argument count bounds; {@code max < 0} means any number. */
  record Arity(int min, int max) {
    /** True when {@code n} arguments are accepted. */
    public boolean accepts(int n) {
      return n >= min && (max < 0 || n <= max);
    }

    /** "2", "1 to 3", "at least 1". */
    public String describe() {
      if (max < 0) {
        return "at least " + min;
      }
      return min == max ? String.valueOf(min) : min + " to " + max;
    }
  }
}
