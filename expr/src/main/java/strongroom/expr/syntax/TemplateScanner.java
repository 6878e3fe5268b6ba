package strongroom.expr.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a string into literal text and {@code ${{ ... }}} expressions.
 *
 * <p>The scanner knows string literals and brace nesting, so {@code }}} inside a quoted string
 * or inside nested map braces does not close a template. An unclosed {@code ${{} (or one
 * whose string literal never ends) is kept as literal text.
 */
public final class TemplateScanner {
  private static final String OPEN = "${{";

  private TemplateScanner() {}

  /** One piece of a template string. */
  public sealed interface Part {}

  /** Literal text, kept as written. */
  public record Text(String text) implements Part {}

  /** The source between {@code ${{} and {@code }}}, not trimmed. */
  public record Expr(String source) implements Part {}

  /** True when {@code s} may hold a template; a cheap pre-check before {@link #scan}. */
  public static boolean mayContainTemplate(String s) {
    return s.contains(OPEN);
  }

  /** The parts of {@code s}; adjacent text is merged, empty text is dropped. */
  public static List<Part> scan(String s) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf(OPEN, i);
      if (open < 0) {
        break;
      }
      int close = findClose(s, open + OPEN.length());
      if (close < 0) {
        break;
      }
      text.append(s, i, open);
      if (!text.isEmpty()) {
        parts.add(new Text(text.toString()));
        text.setLength(0);
      }
      parts.add(new Expr(s.substring(open + OPEN.length(), close)));
      i = close + 2;
    }
    text.append(s, i, s.length());
    if (!text.isEmpty()) {
      parts.add(new Text(text.toString()));
    }
    return parts;
  }

  // Index of the "}}" that closes the template whose body starts at from, or -1.
  private static int findClose(String s, int from) {
    int depth = 0;
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipString(s, i, c);
        if (i < 0) {
          return -1;
        }
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0 && i + 1 < s.length() && s.charAt(i + 1) == '}') {
          return i;
        }
        if (depth > 0) {
          depth--;
        }
      }
      i++;
    }
    return -1;
  }

  private static int skipString(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return -1;
  }
}
