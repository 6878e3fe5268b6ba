package strongroom.expr.fn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.PyStr;

/** concat, format, join, slice, slugify and URL quoting. */
final class TextFunctions {
  private static final String URL_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

  private TextFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("concat", 1, -1, TextFunctions::concat);
    b.add("format", 1, -1, TextFunctions::format);
    b.add("join", 2, 2, TextFunctions::join);
    b.add("slice", 2, 3, TextFunctions::slice);
    b.add("slugify", 1, 1, a -> {
      a.frame().charge(a.str(0).length() * 2L);
      return slugify(a.str(0));
    });
    b.add("url_encode", 1, 2, a -> urlEncode(a.str(0), a.str(1, "/")));
    b.add("url_decode", 1, 1, a -> urlDecode(a.str(0)));
  }

  private static Object concat(Args a) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < a.size(); i++) {
      sb.append(a.str(i));
      a.frame().checkLength(sb.length());
    }
    return sb.toString();
  }

  // Python str.format with positional fields only: {} and {0}; {{ and }} escape braces.
  private static Object format(Args a) {
    String t = a.str(0);
    List<Object> values = a.rest(1);
    StringBuilder sb = new StringBuilder();
    int auto = 0;
    Boolean manual = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '{' && i + 1 < t.length() && t.charAt(i + 1) == '{') {
        sb.append('{');
        i++;
      } else if (c == '}' && i + 1 < t.length() && t.charAt(i + 1) == '}') {
        sb.append('}');
        i++;
      } else if (c == '{') {
        int close = t.indexOf('}', i);
        if (close < 0) {
          throw a.valueError("single '{' in format string");
        }
        String field = t.substring(i + 1, close);
        int index;
        if (field.isEmpty()) {
          if (Boolean.TRUE.equals(manual)) {
            throw a.valueError("cannot mix automatic and manual field numbering");
          }
          manual = false;
          index = auto++;
        } else if (field.chars().allMatch(Character::isDigit) && field.length() < 6) {
          if (Boolean.FALSE.equals(manual)) {
            throw a.valueError("cannot mix automatic and manual field numbering");
          }
          manual = true;
          index = Integer.parseInt(field);
        } else {
          throw a.valueError("only {} and {N} fields are supported");
        }
        if (index >= values.size()) {
          throw a.valueError("field " + index + " has no argument");
        }
        sb.append(PyStr.str(values.get(index), a.frame()));
        a.frame().checkLength(sb.length());
        i = close;
      } else if (c == '}') {
        throw a.valueError("single '}' in format string");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Object join(Args a) {
    List<Object> items = a.list(0);
    String sep = a.str(1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof String s)) {
        throw a.valueError("item " + i + " is not a str");
      }
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s);
      a.frame().checkLength(sb.length());
    }
    return sb.toString();
  }

  // slice(x, start, length): x[start:start+length] on a str or list, start may be negative.
  private static Object slice(Args a) {
    Object x = a.get(0);
    long start = a.integer(1);
    long length = a.integer(2, Long.MAX_VALUE / 4);
    if (length < 0) {
      throw a.valueError("length must not be negative");
    }
    if (x instanceof String s) {
      int n = s.codePointCount(0, s.length());
      int[] r = range(start, length, n);
      return s.substring(s.offsetByCodePoints(0, r[0]), s.offsetByCodePoints(0, r[1]));
    }
    if (x instanceof List<?> l) {
      int[] r = range(start, length, l.size());
      return new ArrayList<Object>(l.subList(r[0], r[1]));
    }
    throw a.typeError(0, "str or list");
  }

  private static int[] range(long start, long length, int n) {
    long from = start < 0 ? Math.max(0, start + n) : Math.min(start, n);
    long to = Math.min(n, from + length);
    return new int[] {(int) from, (int) Math.max(from, to)};
  }

  // Django's slugify: ASCII-fold, drop what is not a word character, hyphenate spaces.
  static String slugify(String s) {
    // Normalisation walks the text several times.
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < ascii.length(); i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
        if (dash && !sb.isEmpty()) {
          sb.append('-');
        }
        dash = false;
        sb.append(c);
      } else if (c == '-' || Character.isWhitespace(c)) {
        dash = true;
      }
    }
    String out = sb.toString();
    return StringFunctions.strip(out, "-_");
  }

  // urllib.parse.quote: unreserved characters and `safe` stay, the rest is %XX of UTF-8.
  static String urlEncode(String s, String safe) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (URL_SAFE.indexOf(c) >= 0 || safe.indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  // urllib.parse.unquote: %XX sequences decode as UTF-8 (bad bytes become U+FFFD), '+' stays.
  static String urlDecode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
        out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
        i += 2;
      } else {
        out.write(in[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit((char) b, 16);
  }
}
