package strongroom.expr.fn;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import strongroom.expr.eval.Args;

/**
 * Indicator-of-compromise extraction: each returns the distinct matches in order of first
 * appearance. Candidates are found with RE2/J and, for IP addresses, confirmed by the parser.
 */
final class IocFunctions {
  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile("\\b(?:" + OCTET + "\\.){3}" + OCTET + "\\b");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]*:[0-9A-Fa-f:.]*");
  private static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?|ftp|sftp)://[^\\s<>\"'`\\[\\](){}|\\\\^]+");
  private static final Pattern EMAIL =
      Pattern.compile("\\b[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,63}\\b");
  private static final Pattern DOMAIN = Pattern.compile(
      "\\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}\\b");
  private static final Pattern CVE = Pattern.compile("(?i)\\bCVE-[0-9]{4}-[0-9]{4,7}\\b");
  private static final Pattern MD5 = hex(32);
  private static final Pattern SHA1 = hex(40);
  private static final Pattern SHA256 = hex(64);

  private IocFunctions() {}

  private static Pattern hex(int n) {
    return Pattern.compile("\\b[A-Fa-f0-9]{" + n + "}\\b");
  }

  static void register(FunctionRegistry.Builder b) {
    b.add("extract_ipv4", 1, 1, a -> extract(a, IPV4, UnaryOperator.identity()));
    b.add("extract_ipv6", 1, 1, a -> extract(a, IPV6,
        s -> IpAddress.parse6(trimDots(s)) != null ? trimDots(s) : null));
    b.add("extract_urls", 1, 1, a -> extract(a, URL, IocFunctions::trimUrl));
    b.add("extract_emails", 1, 1, a -> extract(a, EMAIL, UnaryOperator.identity()));
    b.add("extract_domains", 1, 1, a -> extract(a, DOMAIN, s -> s.toLowerCase(Locale.ROOT)));
    b.add("extract_cves", 1, 1, a -> extract(a, CVE, s -> s.toUpperCase(Locale.ROOT)));
    b.add("extract_md5", 1, 1, a -> extract(a, MD5, s -> s.toLowerCase(Locale.ROOT)));
    b.add("extract_sha1", 1, 1, a -> extract(a, SHA1, s -> s.toLowerCase(Locale.ROOT)));
    b.add("extract_sha256", 1, 1, a -> extract(a, SHA256, s -> s.toLowerCase(Locale.ROOT)));
  }

  // Accepts a str or a list of str (joined by newlines).
  private static String text(Args a) {
    if (a.get(0) instanceof List<?> l) {
      StringBuilder sb = new StringBuilder();
      for (Object x : l) {
        if (!(x instanceof String s)) {
          throw a.typeError(0, "str or list of str");
        }
        sb.append(s).append('\n');
        a.frame().checkLength(sb.length());
      }
      return sb.toString();
    }
    return a.str(0);
  }

  private static Object extract(Args a, Pattern p, UnaryOperator<String> accept) {
    String text = text(a);
    a.frame().charge(text.length() * 20L); // RE2/J runs at about 80 ns a character
    Set<String> out = new LinkedHashSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      String v = accept.apply(m.group());
      if (v != null && !v.isEmpty()) {
        out.add(v);
        a.frame().checkSize(out.size());
      }
    }
    return new ArrayList<Object>(out);
  }

  private static String trimDots(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  // Sentence punctuation after a URL is not part of it.
  private static String trimUrl(String s) {
    int end = s.length();
    while (end > 0 && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }
}
