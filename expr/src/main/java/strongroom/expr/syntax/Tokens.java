package strongroom.expr.syntax;

import java.util.Arrays;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprSyntaxException;

/**
 * The lexed form of one expression, as parallel arrays rather than one object per token: a
 * kind, a start and end offset, and a value (the decoded literal, or the name as a string).
 * The last token is always {@link #EOF}.
 *
 * <p>It is also the parser's cursor ({@link #at()}, {@link #next()}, {@link #expect(int)}) and
 * builds its errors, each located at a token.
 *
 * <p>Operators, punctuation and the words the parser looks for each have their own kind, so the
 * parser compares ints, not strings. A word kind is still a name ({@link #isName}): after a
 * dot {@code TRIGGER.if} is a field like any other.
 */
final class Tokens {
  static final int EOF = 0;
  static final int INT = 1;
  static final int FLOAT = 2;
  static final int STRING = 3;

  // Operators and punctuation, in the order of OPS.
  static final int OR = 4;
  static final int AND = 5;
  static final int EQ = 6;
  static final int NE = 7;
  static final int LT = 8;
  static final int LE = 9;
  static final int GT = 10;
  static final int GE = 11;
  static final int ARROW = 12;
  static final int MINUS = 13;
  static final int PLUS = 14;
  static final int STAR = 15;
  static final int SLASH = 16;
  static final int PERCENT = 17;
  static final int DOT = 18;
  static final int COMMA = 19;
  static final int COLON = 20;
  static final int LPAREN = 21;
  static final int RPAREN = 22;
  static final int LBRACKET = 23;
  static final int RBRACKET = 24;
  static final int LBRACE = 25;
  static final int RBRACE = 26;

  // Names: a plain name, then the words the parser treats specially, in the order of WORDS.
  static final int NAME = 27;
  static final int IF = 28;
  static final int ELSE = 29;
  static final int NOT = 30;
  static final int IN = 31;
  static final int IS = 32;
  static final int FOR = 33;
  static final int TRUE = 34;
  static final int FALSE = 35;
  static final int NONE = 36;
  static final int ACTIONS = 37;
  static final int TRIGGER = 38;
  static final int VAR = 39;
  static final int ENV = 40;
  static final int VARS = 41;
  static final int SECRETS = 42;
  static final int FN = 43;
  static final int INPUTS = 44;
  static final int STEPS = 45;
  static final int CAST_INT = 46;
  static final int CAST_FLOAT = 47;
  static final int CAST_STR = 48;
  static final int CAST_BOOL = 49;

  private static final String[] OPS = {
    "||", "&&", "==", "!=", "<", "<=", ">", ">=", "->", "-", "+", "*", "/", "%", ".", ",", ":",
    "(", ")", "[", "]", "{", "}"
  };
  private static final String[] WORDS = {
    "if", "else", "not", "in", "is", "for", "True", "False", "None", "ACTIONS", "TRIGGER", "var",
    "ENV", "VARS", "SECRETS", "FN", "inputs", "steps", "int", "float", "str", "bool"
  };
  // Word kinds by String.hashCode, open addressing: slot (hash & 63) on, 0 for an empty slot.
  private static final byte[] WORD_SLOTS = new byte[64];

  static {
    for (int w = 0; w < WORDS.length; w++) {
      int slot = WORDS[w].hashCode() & 63;
      while (WORD_SLOTS[slot] != 0) {
        slot = slot + 1 & 63;
      }
      WORD_SLOTS[slot] = (byte) (w + NAME + 1);
    }
  }

  final String src;
  int size;
  byte[] kinds;
  int[] starts;
  int[] ends;
  Object[] values;
  private int at;
  private String[] seen;

  Tokens(String src) {
    this.src = src;
    int capacity = Math.min(src.length() + 1, (src.length() >> 2) + 8);
    kinds = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    values = new Object[capacity];
  }

  void add(int kind, int start, int end, Object value) {
    if (size == kinds.length) {
      int capacity = size * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    kinds[size] = (byte) kind;
    starts[size] = start;
    ends[size] = end;
    values[size] = value;
    size++;
  }

  /**
   * Adds the name {@code src[start, end)}, of {@link String#hashCode} {@code hash}, read from
   * {@code cs} (the source's characters): a word kind with its constant text, or {@link #NAME}.
   */
  void addName(char[] cs, int start, int end, int hash) {
    for (int slot = hash & 63; WORD_SLOTS[slot] != 0; slot = slot + 1 & 63) {
      int kind = WORD_SLOTS[slot];
      String w = WORDS[kind - NAME - 1];
      if (w.length() == end - start && same(cs, w, start)) {
        add(kind, start, end, w);
        return;
      }
    }
    add(NAME, start, end, reuse(cs, start, end, hash));
  }

  // Paths repeat their names (ACTIONS.scan.result.a + ACTIONS.scan.result.b): a name seen
  // earlier in this expression is shared rather than copied again. A fixed table keyed on the
  // text's hash, so the cost per name is constant whatever the length of the expression.
  private String reuse(char[] cs, int start, int end, int hash) {
    if (seen == null) {
      seen = new String[16];
    }
    int slot = (hash ^ hash >>> 16) & 15;
    String s = seen[slot];
    if (s == null || s.length() != end - start || !same(cs, s, start)) {
      s = src.substring(start, end);
      seen[slot] = s;
    }
    return s;
  }

  // True when cs holds word at start. A plain loop: names are short, and String.startsWith
  // costs more to set up here.
  private static boolean same(char[] cs, String word, int start) {
    for (int k = 0; k < word.length(); k++) {
      if (cs[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isName(int kind) {
    return kind >= NAME;
  }

  /** The text of operator kind {@code kind}. */
  static String op(int kind) {
    return OPS[kind - OR];
  }

  /** Token {@code t} as written in the source. */
  String text(int t) {
    int k = kinds[t];
    if (isName(k)) {
      return (String) values[t];
    }
    return k >= OR ? op(k) : src.substring(starts[t], ends[t]);
  }

  /** Token {@code t} for an error message. */
  String describe(int t) {
    return kinds[t] == EOF ? "end of expression" : "'" + text(t) + "'";
  }

  // The cursor.

  int at() {
    return at;
  }

  int kind() {
    return kinds[at];
  }

  int kindOf(int t) {
    return kinds[t];
  }

  Object value(int t) {
    return values[t];
  }

  int pos(int t) {
    return starts[t];
  }

  /** The current token; advances unless it is the EOF. */
  int next() {
    int t = at;
    if (kinds[t] != EOF) {
      at++;
    }
    return t;
  }

  /** The name at the cursor, consumed; else a parse error {@code message}. */
  String name(String message) {
    if (!isName(kinds[at])) {
      throw error(ExprErrorCode.PARSE, message, at);
    }
    return (String) values[next()];
  }

  /** As {@link #name(String)}; the message {@code before + subject + ".'"} is built on failure. */
  String name(String before, String subject) {
    if (!isName(kinds[at])) {
      throw error(ExprErrorCode.PARSE, before + subject + ".'", at);
    }
    return (String) values[next()];
  }

  /** Consumes the word {@code word}; else a parse error {@code message}. */
  void expect(int word, String message) {
    if (kinds[at] != word) {
      throw error(ExprErrorCode.PARSE, message, at);
    }
    next();
  }

  /** Consumes operator {@code op}, returning its token. */
  int expect(int op) {
    if (kinds[at] != op) {
      throw error(ExprErrorCode.PARSE, "expected '" + op(op) + "' but found " + describe(at), at);
    }
    return next();
  }

  ExprSyntaxException error(ExprErrorCode code, String detail, int t) {
    return new ExprSyntaxException(code, detail, starts[t] + 1, src);
  }
}
