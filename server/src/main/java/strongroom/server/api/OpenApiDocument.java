package strongroom.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strongroom.server.auth.Sessions;
import strongroom.server.http.ApiRoute;

/**
 * The OpenAPI 3 document, generated from the same route table the guard registers, so it cannot
 * list a route that does not exist or miss one that does; login and logout are added by hand. Each
 * route's body and answer ({@link ApiOperations}) refer to the schemas of {@link ApiSchemas}.
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
    paths.put(prefix + "/login", Map.of("post", login()));
    paths.put(prefix + "/logout", Map.of("post", logout()));
    for (ApiRoute route : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(prefix + route.path(),
          p -> new LinkedHashMap<String, Object>());
      Map<String, Object> operation = new LinkedHashMap<>();
      operation.put("summary", route.summary());
      operation.put("x-strongroom-role", route.accessName());
      if (route.access() == ApiRoute.Access.OWNER) {
        operation.put("security", List.of(Map.of("session", List.of())));
      }
      operation.put("parameters", parameters(route.path()));
      Optional<ApiOperations.Doc> doc = ApiOperations.of(route);
      if (doc.isPresent() && doc.get().request() != null) {
        operation.put("requestBody", requestBody(doc.get()));
      }
      operation.put("responses", responses(doc));
      item.put(route.method().text().toLowerCase(Locale.ROOT), operation);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", "Strongroom API", "version", "1"));
    doc.put("components", Map.of("securitySchemes", Map.of(
        "bearer", Map.of("type", "http", "scheme", "bearer"),
        "session", Map.of("type", "apiKey", "in", "cookie", "name", Sessions.COOKIE)),
        "schemas", ApiSchemas.all()));
    // Either a bearer token or a login session (state-changing session requests also need X-CSRF-Token).
    doc.put("security", List.of(Map.of("bearer", List.of()), Map.of("session", List.of())));
    doc.put("paths", paths);
    return doc;
  }

  private static Map<String, Object> requestBody(ApiOperations.Doc doc) {
    Map<String, Object> content = new LinkedHashMap<>();
    if (doc.request().equals("WorkflowDefinition")) {
      // SourceBody takes the definition as text in any of these types, or as a JSON object.
      for (String yaml : List.of("application/yaml", "text/yaml", "application/x-yaml")) {
        content.put(yaml, Map.of("schema", Map.of("type", "string")));
      }
    }
    content.put("application/json", Map.of("schema", SchemaBuilder.ref(doc.request())));
    return Map.of("required", doc.requestRequired(), "content", content);
  }

  /** The success answer and its schema (an empty 204 has none), and the error envelope for every other status. */
  private static Map<String, Object> responses(Optional<ApiOperations.Doc> doc) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (doc.isEmpty()) {
      out.put("2XX", Map.of("description", "Success"));
    } else if (doc.get().response() == null) {
      out.put(String.valueOf(doc.get().status()), Map.of("description", "Done; no content"));
    } else {
      out.put(String.valueOf(doc.get().status()), Map.of("description", "Success",
          "content", Map.of("application/json", Map.of("schema", SchemaBuilder.ref(doc.get().response())))));
    }
    out.put("default", Map.of("description", "Error",
        "content", Map.of("application/json", Map.of("schema", SchemaBuilder.ref("Error")))));
    return out;
  }

  /** {@code POST /login}: unauthenticated; sets the session cookie and returns the CSRF token. */
  private static Map<String, Object> login() {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("summary", "Log in with username and password; sets the session cookie");
    op.put("security", List.of());
    op.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", Map.of(
        "type", "object", "required", List.of("username", "password"), "additionalProperties", false,
        "properties", Map.of("username", Map.of("type", "string"), "password", Map.of("type", "string",
            "format", "password")))))));
    op.put("responses", Map.of(
        "200", Map.of("description", "Logged in: {\"username\", \"owner\", \"csrf_token\", \"expires_at\"}"
            + " and Set-Cookie " + Sessions.COOKIE),
        "401", Map.of("description", "Wrong username or password"),
        "429", Map.of("description", "Too many failed attempts (Retry-After)")));
    return op;
  }

  /** {@code POST /logout}: the session cookie and its X-CSRF-Token. */
  private static Map<String, Object> logout() {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("summary", "End the login session; clears the session cookie");
    op.put("security", List.of(Map.of("session", List.of())));
    op.put("parameters", List.of(Map.of("name", "X-CSRF-Token", "in", "header", "required", true,
        "schema", Map.of("type", "string"))));
    op.put("responses", Map.of(
        "204", Map.of("description", "Logged out"),
        "401", Map.of("description", "No live session"),
        "403", Map.of("description", "Missing or wrong X-CSRF-Token")));
    return op;
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
