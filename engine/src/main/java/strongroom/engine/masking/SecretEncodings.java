package strongroom.engine.masking;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/** The forms in which a secret value commonly leaks: as is, base64 (both alphabets), URL-encoded, JSON-escaped. */
final class SecretEncodings {
  private SecretEncodings() {}

  static Set<String> of(String value) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(value);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    String standard = Base64.getEncoder().encodeToString(bytes);
    forms.add(standard);
    forms.add(stripPadding(standard));
    String url = Base64.getUrlEncoder().encodeToString(bytes);
    forms.add(url);
    forms.add(stripPadding(url));
    String formEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
    forms.add(formEncoded);
    forms.add(formEncoded.replace("+", "%20"));
    forms.add(jsonEscaped(value));
    return forms;
  }

  /** The Basic-auth form {@code base64(user:password)} for a pair of values of one secret. */
  static Set<String> basic(String user, String password) {
    byte[] bytes = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    String standard = Base64.getEncoder().encodeToString(bytes);
    // Without padding the two forms are one string (length a multiple of 3): a set, not Set.of.
    return new LinkedHashSet<>(java.util.List.of(standard, stripPadding(standard)));
  }

  private static String stripPadding(String base64) {
    int end = base64.length();
    while (end > 0 && base64.charAt(end - 1) == '=') {
      end--;
    }
    return base64.substring(0, end);
  }

  /** The value as it appears between the quotes of a JSON string (as Jackson writes it). */
  static String jsonEscaped(String value) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(value));
  }
}
