package strongroom.expr.fn;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.concurrent.ConcurrentHashMap;
import strongroom.expr.eval.Args;

/**
 * regex_extract, regex_match, regex_not_match on RE2/J: linear time in the input, so no
 * pattern can hang an evaluation.
 */
final class RegexFunctions {
  private static final int CACHE_MAX = 512;
  private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private RegexFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("regex_extract", 2, 2, RegexFunctions::extract);
    b.add("regex_match", 2, 2, a -> match(a));
    b.add("regex_not_match", 2, 2, a -> !match(a));
  }

  /** The compiled pattern; a syntax error is a VALUE error that does not quote the pattern. */
  static Pattern compile(Args a, int index) {
    String p = a.str(index);
    Pattern cached = CACHE.get(p);
    if (cached != null) {
      return cached;
    }
    a.frame().charge(p.length());
    Pattern compiled;
    try {
      compiled = Pattern.compile(p);
    } catch (PatternSyntaxException e) {
      throw a.valueError("invalid regular expression (RE2 syntax)");
    }
    if (CACHE.size() >= CACHE_MAX) {
      CACHE.clear();
    }
    CACHE.put(p, compiled);
    return compiled;
  }

  // Python's re.search: the first group when the pattern has groups, else the whole match.
  private static Object extract(Args a) {
    Pattern p = compile(a, 0);
    String text = a.str(1);
    a.frame().charge(text.length() * 20L); // RE2/J runs at about 80 ns a character
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return null;
    }
    return m.groupCount() > 0 ? m.group(1) : m.group();
  }

  // Python's re.match: anchored at the start of the text, not at its end.
  private static boolean match(Args a) {
    Pattern p = compile(a, 0);
    String text = a.str(1);
    a.frame().charge(text.length() * 20L); // RE2/J runs at about 80 ns a character
    return p.matcher(text).lookingAt();
  }
}
