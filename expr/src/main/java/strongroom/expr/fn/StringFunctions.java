package strongroom.expr.fn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import strongroom.expr.eval.Args;

/** Case, affixes, replace, strip, split and tests on str, following Python's str methods. */
final class StringFunctions {
  private StringFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("lowercase", 1, 1, a -> a.str(0).toLowerCase(Locale.ROOT));
    b.add("uppercase", 1, 1, a -> a.str(0).toUpperCase(Locale.ROOT));
    b.add("capitalize", 1, 1, a -> capitalize(a.str(0)));
    b.add("titleize", 1, 1, a -> title(a.str(0)));
    b.add("prefix", 2, 2, a -> affix(a, true));
    b.add("suffix", 2, 2, a -> affix(a, false));
    b.add("replace", 3, 3, StringFunctions::replace);
    b.add("startswith", 2, 2, a -> a.str(0).startsWith(a.str(1)));
    b.add("endswith", 2, 2, a -> a.str(0).endsWith(a.str(1)));
    b.add("strip", 1, 2, a -> a.has(1) && a.get(1) != null ? strip(a.str(0), a.str(1)) : a.str(0).strip());
    b.add("split", 1, 3, StringFunctions::split);
  }

  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    int n = Character.charCount(first);
    return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
        .append(s.substring(n).toLowerCase(Locale.ROOT)).toString();
  }

  // Python's str.title(): a letter after a letter is lowered, any other letter is raised.
  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean prevCased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        sb.appendCodePoint(prevCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
        prevCased = true;
      } else {
        sb.appendCodePoint(cp);
        prevCased = false;
      }
    }
    return sb.toString();
  }

  private static Object affix(Args a, boolean front) {
    String fix = a.str(1);
    Object x = a.get(0);
    if (x instanceof String s) {
      a.frame().checkLength((long) s.length() + fix.length());
      return front ? fix + s : s + fix;
    }
    if (x instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object item : l) {
        if (!(item instanceof String s)) {
          throw a.typeError(0, "str or list of str");
        }
        a.frame().checkLength((long) s.length() + fix.length());
        out.add(front ? fix + s : s + fix);
      }
      return out;
    }
    throw a.typeError(0, "str or list of str");
  }

  private static Object replace(Args a) {
    String s = a.str(0);
    String old = a.str(1);
    String repl = a.str(2);
    long count;
    if (old.isEmpty()) {
      count = s.length() + 1L;
    } else {
      count = 0;
      for (int i = s.indexOf(old); i >= 0; i = s.indexOf(old, i + old.length())) {
        count++;
      }
    }
    a.frame().checkLength(s.length() + count * (repl.length() - old.length()));
    return s.replace(old, repl);
  }

  static String strip(String s, String chars) {
    int start = 0;
    int end = s.length();
    while (start < end && chars.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && chars.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  // Python's str.split(sep=None, maxsplit=-1).
  private static Object split(Args a) {
    String s = a.str(0);
    String sep = a.str(1, null);
    long max = a.integer(2, -1);
    List<Object> out = new ArrayList<>();
    if (sep == null) {
      int i = 0;
      int n = s.length();
      while (true) {
        while (i < n && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i >= n) {
          break;
        }
        if (max >= 0 && out.size() >= max) {
          out.add(s.substring(i).stripTrailing());
          break;
        }
        int j = i;
        while (j < n && !Character.isWhitespace(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      }
      a.frame().checkSize(out.size());
      return out;
    }
    if (sep.isEmpty()) {
      throw a.valueError("empty separator");
    }
    int from = 0;
    for (int i = s.indexOf(sep); i >= 0 && (max < 0 || out.size() < max); i = s.indexOf(sep, from)) {
      out.add(s.substring(from, i));
      from = i + sep.length();
      a.frame().checkSize(out.size());
    }
    out.add(s.substring(from));
    return out;
  }
}
