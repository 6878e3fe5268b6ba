package strongroom.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strongroom.server.http.ApiRoute;

/**
 * The OpenAPI 3 document, generated from the same route table the guard registers, so it cannot
 * list a route that does not exist or miss one that does. Request and response schemas are not
 * described yet; docs/api.md has them.
 */
public final class OpenApiDocument {
  private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)}");

  private OpenApiDocument() {}

  /** The document for {@code routes} (paths relative to {@code prefix}) plus the unauthenticated ones. */
  public static Map<String, Object> build(String prefix, List<ApiRoute> routes) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (String open : List.of("/healthz", "/readyz", "/metrics", prefix + "/openapi.json")) {
      paths.put(open, Map.of("get", Map.of("summary", "Unauthenticated: " + open, "security", List.of(),
          "responses", Map.of("200", Map.of("description", "OK")))));
    }
    for (ApiRoute route : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(prefix + route.path(),
          p -> new LinkedHashMap<String, Object>());
      Map<String, Object> operation = new LinkedHashMap<>();
      operation.put("summary", route.summary());
      operation.put("x-strongroom-role", route.role().wireName());
      operation.put("parameters", parameters(route.path()));
      operation.put("responses", Map.of(
          "default", Map.of("description", "Error: {\"error\": {\"code\", \"message\", \"details\"}}"),
          "2XX", Map.of("description", "Success")));
      item.put(route.method().text().toLowerCase(Locale.ROOT), operation);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", "Strongroom API", "version", "1"));
    doc.put("components", Map.of("securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"))));
    doc.put("security", List.of(Map.of("bearer", List.of())));
    doc.put("paths", paths);
    return doc;
  }

  private static List<Map<String, Object>> parameters(String path) {
    Matcher m = PARAMETER.matcher(path);
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
    }
    return out;
  }
}
