package strongroom.expr.syntax;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Nearest names by edit distance, for "did you mean" hints on unknown names. */
public final class Suggestions {
  private static final List<String> ROOTS =
      List.of("ACTIONS", "TRIGGER", "var", "ENV", "VARS", "SECRETS", "FN", "inputs", "steps");

  private Suggestions() {}

  /** "unknown name 'n'" with the roots it may have meant. */
  static String unknownName(String n) {
    List<String> near = ROOTS.stream().filter(r -> r.equalsIgnoreCase(n)).toList();
    if (near.isEmpty()) {
      near = nearest(n, ROOTS, 2);
    }
    return "unknown name '" + n + "'" + hint(near);
  }

  /** "unknown function 'FN.name'" with the functions it may have meant. */
  static String unknownFunction(String name, Collection<String> functions) {
    return "unknown function 'FN." + name + "'"
        + hint(nearest(name, functions, 3).stream().map(s -> "FN." + s).toList());
  }

  private static String hint(List<String> near) {
    return near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?";
  }

  /** Up to {@code max} names of {@code candidates} close to {@code name}, nearest first. */
  public static List<String> nearest(String name, Collection<String> candidates, int max) {
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    int threshold = Math.max(2, lower.length() / 3);
    for (String c : candidates) {
      int d = distance(lower, c);
      boolean related = c.contains(lower) && lower.length() >= 3;
      if (d <= threshold || related) {
        scored.add(new Scored(c, related ? Math.min(d, threshold) : d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
    return scored.stream().limit(max).map(Scored::name).toList();
  }

  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8) {
      return Integer.MAX_VALUE / 2;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
