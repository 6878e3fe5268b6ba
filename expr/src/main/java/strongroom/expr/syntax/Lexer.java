package strongroom.expr.syntax;

import java.util.ArrayList;
import java.util.List;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprSyntaxException;

/** Turns one expression (the text inside {@code ${{ }}}) into tokens. */
public final class Lexer {
  private final String src;
  private int i;

  private Lexer(String src) {
    this.src = src;
  }

  /** Tokens of {@code src}, ending with one {@link Token.Kind#EOF}. */
  public static List<Token> tokenize(String src) {
    return new Lexer(src).run();
  }

  private List<Token> run() {
    List<Token> out = new ArrayList<>();
    while (true) {
      while (i < src.length() && isSpace(src.charAt(i))) {
        i++;
      }
      if (i >= src.length()) {
        out.add(new Token(Token.Kind.EOF, "", null, i));
        return out;
      }
      char c = src.charAt(i);
      if (c >= '0' && c <= '9') {
        out.add(number());
      } else if (c == '\'' || c == '"') {
        out.add(string(c));
      } else if (isNameStart(c)) {
        int start = i;
        while (i < src.length() && isNamePart(src.charAt(i))) {
          i++;
        }
        out.add(new Token(Token.Kind.NAME, src.substring(start, i), null, start));
      } else {
        out.add(operator());
      }
    }
  }

  // A switch on the first character: the lexer is most of the parse time, and a scan over a
  // table of operators per character was its largest part.
  private Token operator() {
    char c = src.charAt(i);
    char n = i + 1 < src.length() ? src.charAt(i + 1) : '\0';
    String op = switch (c) {
      case '|' -> n == '|' ? "||" : null;
      case '&' -> n == '&' ? "&&" : null;
      case '=' -> n == '=' ? "==" : null;
      case '!' -> n == '=' ? "!=" : null;
      case '<' -> n == '=' ? "<=" : "<";
      case '>' -> n == '=' ? ">=" : ">";
      case '-' -> n == '>' ? "->" : "-";
      case '+' -> "+";
      case '*' -> "*";
      case '/' -> "/";
      case '%' -> "%";
      case '.' -> ".";
      case ',' -> ",";
      case ':' -> ":";
      case '(' -> "(";
      case ')' -> ")";
      case '[' -> "[";
      case ']' -> "]";
      case '{' -> "{";
      case '}' -> "}";
      default -> null;
    };
    if (op == null) {
      throw error("unexpected character '" + describe(src.codePointAt(i)) + "'", i);
    }
    Token t = new Token(Token.Kind.OP, op, null, i);
    i += op.length();
    return t;
  }

  private static String describe(int cp) {
    return cp < 0x20 || cp == 0x7f ? String.format("\\x%02x", cp) : new String(Character.toChars(cp));
  }

  private Token number() {
    int start = i;
    boolean isFloat = false;
    digits();
    if (i + 1 < src.length() && src.charAt(i) == '.' && isDigit(src.charAt(i + 1))) {
      isFloat = true;
      i++;
      digits();
    }
    if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
      int save = i;
      i++;
      if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
        i++;
      }
      if (i < src.length() && isDigit(src.charAt(i))) {
        isFloat = true;
        digits();
      } else {
        i = save;
      }
    }
    if (i < src.length() && (Character.isLetter(src.charAt(i)) || src.charAt(i) == '_')) {
      throw error("invalid number literal", start);
    }
    String text = src.substring(start, i);
    if (isFloat) {
      return new Token(Token.Kind.FLOAT, text, Double.parseDouble(text), start);
    }
    try {
      return new Token(Token.Kind.INT, text, Long.parseLong(text), start);
    } catch (NumberFormatException e) {
      throw error("integer literal out of the 64-bit range", start);
    }
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
    while (i < src.length() && isDigit(src.charAt(i))) {
      i++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Token string(char quote) {
    int start = i++;
    StringBuilder sb = new StringBuilder();
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == quote) {
        i++;
        return new Token(Token.Kind.STRING, src.substring(start, i), sb.toString(), start);
      }
      if (c == '\\' && i + 1 < src.length()) {
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
    char n = src.charAt(i + 1);
    switch (n) {
      case '\\' -> sb.append('\\');
      case '\'' -> sb.append('\'');
      case '"' -> sb.append('"');
      case 'n' -> sb.append('\n');
      case 't' -> sb.append('\t');
      case 'r' -> sb.append('\r');
      case 'u' -> {
        if (i + 6 > src.length()) {
          throw error("truncated \\uXXXX escape", i);
        }
        int cp = 0;
        for (int k = i + 2; k < i + 6; k++) {
          int d = Character.digit(src.charAt(k), 16);
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
