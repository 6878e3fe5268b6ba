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
    // Text only ever lies between templates, so no two text parts meet: each is one substring.
    List<Part> parts = new ArrayList<>(4);
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
      if (open > i) {
        parts.add(new Text(s.substring(i, open)));
      }
      parts.add(new Expr(s.substring(open + OPEN.length(), close)));
      i = close + 2;
    }
    if (i < s.length()) {
      parts.add(new Text(i == 0 ? s : s.substring(i)));
    }
    return parts;
  }

  // Index of the "}}" that closes the template whose body starts at from, or -1. Only quotes
  // and braces matter here, so it jumps between them with indexOf rather than looking at every
  // character; each next position is searched again only once it has been passed.
  private static int findClose(String s, int from) {
    int n = s.length();
    int depth = 0;
    int i = from;
    int single = -1;
    int dbl = -1;
    int open = -1;
    int close = -1;
    while (true) {
      single = single >= i || single == n ? single : next(s, '\'', i);
      dbl = dbl >= i || dbl == n ? dbl : next(s, '"', i);
      open = open >= i || open == n ? open : next(s, '{', i);
      close = close >= i || close == n ? close : next(s, '}', i);
      int j = Math.min(Math.min(single, dbl), Math.min(open, close));
      if (j == n) {
        return -1;
      }
      char c = s.charAt(j);
      if (c == '\'' || c == '"') {
        i = skipString(s, j, c);
        if (i < 0) {
          return -1;
        }
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (depth == 0 && j + 1 < n && s.charAt(j + 1) == '}') {
        return j;
      } else if (depth > 0) {
        depth--;
      }
      i = j + 1;
    }
  }

  // Index of c at or after from, or s.length() when there is none.
  private static int next(String s, char c, int from) {
    int k = s.indexOf(c, from);
    return k < 0 ? s.length() : k;
  }

  // Index just past the literal opening at start, or -1 when it never closes; a backslash
  // escapes whatever follows it.
  private static int skipString(String s, int start, char quote) {
    int i = start + 1;
    while (true) {
      int q = s.indexOf(quote, i);
      if (q < 0) {
        return -1;
      }
      int b = s.indexOf('\\', i, q);
      if (b < 0) {
        return q + 1;
      }
      i = b + 2;
    }
  }
}
