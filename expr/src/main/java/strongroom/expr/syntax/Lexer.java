package strongroom.expr.syntax;

import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprSyntaxException;

/** Turns one expression (the text inside {@code ${{ }}}) into tokens. */
final class Lexer {
  private final String src;
  private final char[] cs; // the source as an array: charAt's checks cost more than the copy
  private final Tokens out;
  private int i;

  private Lexer(String src) {
    this.src = src;
    this.cs = src.toCharArray();
    this.out = new Tokens(src);
  }

  /** Tokens of {@code src}, ending with one {@link Tokens#EOF}. */
  static Tokens tokenize(String src) {
    return new Lexer(src).run();
  }

  private Tokens run() {
    int n = cs.length;
    while (true) {
      int k = i;
      while (k < n && isSpace(cs[k])) {
        k++;
      }
      i = k;
      if (i >= n) {
        out.add(Tokens.EOF, i, i, null);
        return out;
      }
      char c = cs[i];
      if (c >= '0' && c <= '9') {
        number();
      } else if (c == '\'' || c == '"') {
        string(c);
      } else if (isNameStart(c)) {
        int start = i;
        int end = start + 1;
        int hash = c;
        for (char d; end < n && isNamePart(d = cs[end]); end++) {
          hash = 31 * hash + d;
        }
        out.addName(cs, start, end, hash);
        i = end;
      } else {
        operator(c);
      }
    }
  }

  // A switch on the first character: the lexer is most of the parse time, and a scan over a
  // table of operators per character was its largest part.
  private void operator(char c) {
    char n = i + 1 < cs.length ? cs[i + 1] : '\0';
    int kind = switch (c) {
      case '|' -> n == '|' ? Tokens.OR : -1;
      case '&' -> n == '&' ? Tokens.AND : -1;
      case '=' -> n == '=' ? Tokens.EQ : -1;
      case '!' -> n == '=' ? Tokens.NE : -1;
      case '<' -> n == '=' ? Tokens.LE : Tokens.LT;
      case '>' -> n == '=' ? Tokens.GE : Tokens.GT;
      case '-' -> n == '>' ? Tokens.ARROW : Tokens.MINUS;
      case '+' -> Tokens.PLUS;
      case '*' -> Tokens.STAR;
      case '/' -> Tokens.SLASH;
      case '%' -> Tokens.PERCENT;
      case '.' -> Tokens.DOT;
      case ',' -> Tokens.COMMA;
      case ':' -> Tokens.COLON;
      case '(' -> Tokens.LPAREN;
      case ')' -> Tokens.RPAREN;
      case '[' -> Tokens.LBRACKET;
      case ']' -> Tokens.RBRACKET;
      case '{' -> Tokens.LBRACE;
      case '}' -> Tokens.RBRACE;
      default -> -1;
    };
    if (kind < 0) {
      throw error("unexpected character '" + describe(src.codePointAt(i)) + "'", i);
    }
    int end = i + Tokens.op(kind).length();
    out.add(kind, i, end, null);
    i = end;
  }

  private static String describe(int cp) {
    return cp < 0x20 || cp == 0x7f ? String.format("\\x%02x", cp) : new String(Character.toChars(cp));
  }

  private void number() {
    int start = i;
    boolean isFloat = false;
    digits();
    if (i + 1 < cs.length && cs[i] == '.' && isDigit(cs[i + 1])) {
      isFloat = true;
      i++;
      digits();
    }
    if (i < cs.length && (cs[i] == 'e' || cs[i] == 'E')) {
      int save = i;
      i++;
      if (i < cs.length && (cs[i] == '+' || cs[i] == '-')) {
        i++;
      }
      if (i < cs.length && isDigit(cs[i])) {
        isFloat = true;
        digits();
      } else {
        i = save;
      }
    }
    if (i < cs.length && (Character.isLetter(cs[i]) || cs[i] == '_')) {
      throw error("invalid number literal", start);
    }
    if (isFloat) {
      out.add(Tokens.FLOAT, start, i, Double.parseDouble(src.substring(start, i)));
      return;
    }
    // Only ASCII digits here, so the one way to fail is overflow (as Long.parseLong would).
    long v = 0;
    for (int k = start; k < i; k++) {
      int d = cs[k] - '0';
      if (v > (Long.MAX_VALUE - d) / 10) {
        throw error("integer literal out of the 64-bit range", start);
      }
      v = v * 10 + d;
    }
    out.add(Tokens.INT, start, i, v);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c > 0x7f && Character.isWhitespace(c);
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
        || c > 0x7f && Character.isLetter(c);
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || c >= '0' && c <= '9' || c > 0x7f && Character.isLetterOrDigit(c);
  }

  private void digits() {
    while (i < cs.length && isDigit(cs[i])) {
      i++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void string(char quote) {
    int start = i++;
    // Most literals have no escape: one substring, no builder.
    int k = i;
    while (k < cs.length) {
      char c = cs[k];
      if (c == quote) {
        i = k + 1;
        out.add(Tokens.STRING, start, i, src.substring(start + 1, k));
        return;
      }
      if (c == '\\') {
        break;
      }
      k++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(src, i, k);
    i = k;
    while (i < cs.length) {
      char c = cs[i];
      if (c == quote) {
        i++;
        out.add(Tokens.STRING, start, i, sb.toString());
        return;
      }
      if (c == '\\' && i + 1 < cs.length) {
        escape(sb);
        continue;
      }
      sb.append(c);
      i++;
    }
    throw error("unterminated string literal", start);
  }

  // Python's escapes that the language documents; any other escape stays as written so that
  // regex patterns such as '\d+' read naturally.
  private void escape(StringBuilder sb) {
    char n = cs[i + 1];
    switch (n) {
      case '\\' -> sb.append('\\');
      case '\'' -> sb.append('\'');
      case '"' -> sb.append('"');
      case 'n' -> sb.append('\n');
      case 't' -> sb.append('\t');
      case 'r' -> sb.append('\r');
      case 'u' -> {
        if (i + 6 > cs.length) {
          throw error("truncated \\uXXXX escape", i);
        }
        int cp = 0;
        for (int k = i + 2; k < i + 6; k++) {
          int d = Character.digit(cs[k], 16);
          if (d < 0) {
            throw error("invalid \\uXXXX escape", i);
          }
          cp = cp * 16 + d;
        }
        sb.append((char) cp);
        i += 6;
        return;
      }
      default -> sb.append('\\').append(n);
    }
    i += 2;
  }

  private ExprSyntaxException error(String detail, int at) {
    return new ExprSyntaxException(ExprErrorCode.LEX, detail, at + 1, src);
  }
}
