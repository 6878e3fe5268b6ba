package strongroom.server.web;

import io.helidon.webserver.http.ServerRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.server.http.ApiException;
import strongroom.server.http.Json;

/**
 * An {@code application/x-www-form-urlencoded} body, read once and bounded like the API's JSON.
 * It may hold secret values, so {@link #toString} names the fields only.
 */
public final class FormBody {
  /** No fields: the form of a GET. */
  static final FormBody EMPTY = new FormBody(Map.of());
  private final Map<String, List<String>> fields;

  private FormBody(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  /** The form of a POST; empty for a safe method. Another content type is a 415, over 1 MiB a 413. */
  public static FormBody read(ServerRequest req) {
    if (!req.content().hasEntity()) {
      return EMPTY;
    }
    String type = req.headers().contentType().map(t -> t.mediaType().text()).orElse("");
    if (!type.equalsIgnoreCase("application/x-www-form-urlencoded")) {
      throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "a form must be application/x-www-form-urlencoded");
    }
    byte[] body = Json.readCapped(req, () -> ApiException.badRequest("BAD_REQUEST", "the form could not be read"));
    return parse(new String(body, StandardCharsets.US_ASCII));
  }

  /** Parses {@code a=1&b=2&a=3}, keeping every value of a repeated name in order. */
  static FormBody parse(String body) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("BAD_REQUEST", "the form is not valid URL encoding");
      }
    }
    return new FormBody(fields);
  }

  /** The first value of {@code name}, trimmed; null when absent. */
  public String get(String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? null : values.get(0).strip();
  }

  /** The first value of {@code name} exactly as typed (secret values: no trimming). */
  public String raw(String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a repeated field, in form order, as typed. */
  public List<String> all(String name) {
    return fields.getOrDefault(name, List.of());
  }

  @Override
  public String toString() {
    return "FormBody" + fields.keySet();
  }
}
