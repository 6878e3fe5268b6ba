package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.StrongroomServer;
import strongroom.server.auth.Role;
import strongroom.server.auth.Users;
import strongroom.server.http.ApiRoute;

/**
 * /api/v1/openapi.json lists every route of the table the guard registers, with request and response
 * schemas that real responses match; /metrics labels only templates.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class OpenApiAndMetricsTest extends ApiTestBase {
  @Test
  void openApi_listsEveryRoute_withItsRole() {
    var response = get("/api/v1/openapi.json", null);
    assertEquals(200, response.statusCode());
    JsonNode paths = json(response).get("paths");
    var routes = StrongroomServer.apiRoutes(store, tokens);
    assertEquals(30, routes.size());
    for (ApiRoute route : routes) {
      JsonNode operation = paths.path(StrongroomServer.API + route.path())
          .get(route.method().text().toLowerCase(Locale.ROOT));
      assertNotNull(operation, route.method().text() + " " + route.path() + " is missing");
      assertEquals(route.accessName(), operation.get("x-strongroom-role").asText());
    }
    assertEquals("authenticated", paths.path("/api/v1/workspaces").path("get").path("x-strongroom-role").asText());
    assertEquals("owner", paths.path("/api/v1/workspaces").path("post").path("x-strongroom-role").asText());
    for (String open : new String[] {"/healthz", "/readyz", "/metrics", "/api/v1/openapi.json"}) {
      assertTrue(paths.has(open), open);
    }
  }

  /** POST routes that read no body: the document must not claim one. */
  private static final Set<String> BODYLESS = Set.of("POST /workspaces/{ws}/secrets/{id}/restore",
      "POST /workspaces/{ws}/secrets/{id}/purge");

  @Test
  void openApi_everyRoute_hasItsBodyAndAnswerSchemas() {
    JsonNode doc = json(get("/api/v1/openapi.json", null));
    JsonNode schemas = doc.path("components").path("schemas");
    List<String> problems = new ArrayList<>();
    for (ApiRoute route : StrongroomServer.apiRoutes(store, tokens)) {
      String method = route.method().text();
      String label = method + " " + route.path();
      JsonNode operation = doc.path("paths").path(StrongroomServer.API + route.path())
          .path(method.toLowerCase(Locale.ROOT));
      JsonNode body = operation.path("requestBody");
      boolean writes = Set.of("POST", "PUT", "PATCH").contains(method);
      if (writes && !BODYLESS.contains(label)) {
        if (!schemas.has(refName(body.path("content").path("application/json").path("schema")))) {
          problems.add(label + ": no application/json request body schema");
        }
      } else if (!body.isMissingNode()) {
        problems.add(label + ": documents a request body it does not read");
      }
      JsonNode responses = operation.path("responses");
      if (!refName(responses.path("default").path("content").path("application/json").path("schema")).equals("Error")) {
        problems.add(label + ": errors are not the Error envelope");
      }
      List<String> success = new ArrayList<>();
      responses.fieldNames().forEachRemaining(code -> {
        if (code.startsWith("2")) {
          success.add(code);
        }
      });
      if (success.size() != 1) {
        problems.add(label + ": expected one success status, got " + success);
      } else if (success.get(0).equals("204")) {
        if (responses.get("204").has("content")) {
          problems.add(label + ": 204 with content");
        }
      } else if (!schemas.has(refName(responses.get(success.get(0)).path("content").path("application/json")
          .path("schema")))) {
        problems.add(label + ": no response schema for " + success.get(0));
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    // Every $ref anywhere in the document names a schema that is there.
    for (JsonNode ref : doc.findValues("$ref")) {
      String name = ref.asText().replace("#/components/schemas/", "");
      assertTrue(ref.asText().startsWith("#/components/schemas/") && schemas.has(name), ref::toString);
    }
    // Request schemas come from the records the handlers read: Jackson's names, nothing else.
    JsonNode update = schemas.path("SecretUpdate");
    assertTrue(update.path("properties").has("expected_version"), update::toString);
    assertFalse(update.path("properties").has("expectedVersion"), update::toString);
    assertFalse(update.path("additionalProperties").asBoolean(true));
    assertEquals("[\"name\",\"keys\"]", schemas.path("SecretCreate").path("required").toString());
    assertTrue(schemas.path("TokenCreate").path("properties").has("expires_in"));
  }

  private static String refName(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.startsWith("#/components/schemas/") ? ref.substring("#/components/schemas/".length()) : "";
  }

  @Test
  void openApi_schemas_matchRealResponses() {
    SchemaCheck check = new SchemaCheck(json(get("/api/v1/openapi.json", null)));
    String admin = token(Role.ADMIN);
    HttpResponse<String> created = call("POST", secretsPath(WS), admin, createBody("schema_probe", "default"));
    assertEquals(201, created.statusCode(), created::body);
    check.assertMatches("secret create", json(created), "Secret");
    String id = json(created).get("id").asText();
    check.assertMatches("secret get", json(get(secretsPath(WS) + "/" + id, admin)), "Secret");
    HttpResponse<String> updated = call("PATCH", secretsPath(WS) + "/" + id, admin, "{\"description\":\"probed\"}");
    assertEquals(200, updated.statusCode(), updated::body);
    check.assertMatches("secret update", json(updated), "Secret");
    check.assertMatches("secret list", json(get(secretsPath(WS), admin)), "SecretList");
    check.assertMatches("versions", json(get(secretsPath(WS) + "/" + id + "/versions", admin)), "VersionList");
    check.assertMatches("audit", json(get("/api/v1/workspaces/default/audit", admin)), "AuditEventList");
    check.assertMatches("workspaces", json(get("/api/v1/workspaces", admin)), "WorkspaceList");
    check.assertMatches("definitions", json(get("/api/v1/workspaces/default/definitions", admin)), "DefinitionList");

    String workflows = "/api/v1/workspaces/default/workflows";
    // One secret that is there (its value comes back masked) and one that is not (a warning on save).
    HttpResponse<String> saved = postYaml(workflows, admin, "title: Probe\nalias: schema_probe\nactions:\n"
        + "  - {ref: a, action: core.transform.reshape, args: {value: \"${{ SECRETS.schema_probe.API_KEY }}\"}}\n"
        + "  - {ref: b, action: core.transform.reshape, args: {value: \"${{ SECRETS.nowhere.API_KEY }}\"}}\n");
    assertEquals(201, saved.statusCode(), saved::body);
    check.assertMatches("workflow save", json(saved), "WorkflowSaved");
    assertFalse(json(saved).get("warnings").isEmpty(), saved::body);
    check.assertMatches("workflow get", json(get(workflows + "/schema_probe", admin)), "WorkflowWithSource");
    check.assertMatches("workflow list", json(get(workflows, admin)), "WorkflowList");
    HttpResponse<String> run = call("POST", workflows + "/schema_probe/runs", admin, "{\"inputs\":{\"n\":1}}");
    assertEquals(201, run.statusCode(), run::body);
    check.assertMatches("run", json(run), "RunOutcome");
    assertFalse(json(run).get("actions").isEmpty(), run::body);
    String runId = json(run).get("id").asText();
    check.assertMatches("runs", json(get(workflows + "/schema_probe/runs", admin)), "RunList");
    check.assertMatches("run detail", json(get(workflows + "/schema_probe/runs/" + runId, admin)), "RunDetail");
    check.assertMatches("run by id", json(get("/api/v1/workspaces/default/runs/" + runId, admin)), "RunDetail");

    HttpResponse<String> token = call("POST", "/api/v1/workspaces/default/tokens", admin,
        "{\"role\":\"viewer\",\"expires_in\":\"1h\"}");
    assertEquals(201, token.statusCode(), token::body);
    check.assertMatches("token create", json(token), "TokenCreated");
    check.assertMatches("token list", json(get("/api/v1/workspaces/default/tokens", admin)), "TokenList");
    new Users(store, Clock.systemUTC()).create("schema_user", Canaries.next().toCharArray(), false);
    HttpResponse<String> member = call("PUT", "/api/v1/workspaces/default/members/schema_user", admin,
        "{\"role\":\"editor\"}");
    assertEquals(200, member.statusCode(), member::body);
    check.assertMatches("member set", json(member), "Membership");
    check.assertMatches("member list", json(get("/api/v1/workspaces/default/members", admin)), "MemberList");

    check.assertMatches("404", json(get(secretsPath(WS) + "/no-such-id", admin)), "Error");
    check.assertMatches("422", json(call("POST", secretsPath(WS), admin, "{\"name\":\"Bad Name\"}")), "Error");
  }

  private HttpResponse<String> postYaml(String path, String token, String yaml) {
    return ApiTestBase.sendChecked(http, HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/yaml")
        .POST(BodyPublishers.ofString(yaml)).build(), "POST " + path);
  }

  @Test
  void openApi_hasLoginAndLogout() {
    JsonNode doc = json(get("/api/v1/openapi.json", null));
    JsonNode login = doc.path("paths").path("/api/v1/login").path("post");
    assertTrue(login.has("summary"), doc::toString);
    assertEquals(0, login.get("security").size());
    assertTrue(login.path("requestBody").path("content").path("application/json").path("schema").path("properties")
        .has("password"));
    assertTrue(login.path("responses").has("200"));
    assertTrue(login.path("responses").has("429"));
    JsonNode logout = doc.path("paths").path("/api/v1/logout").path("post");
    assertTrue(logout.path("responses").has("204"), doc::toString);
    assertTrue(logout.get("security").get(0).has("session"));
    assertEquals("X-CSRF-Token", logout.get("parameters").get(0).get("name").asText());
    assertEquals("strongroom_session",
        doc.path("components").path("securitySchemes").path("session").path("name").asText());
  }

  @Test
  void metrics_countResolvesByOutcome_fromTheAuditLog() {
    long success = resolves(get("/metrics", null).body(), "success");
    long failure = resolves(get("/metrics", null).body(), "failure");
    String admin = token(Role.ADMIN);
    assertEquals(201, call("POST", secretsPath(WS), admin, createBody("metrics_resolved", "default")).statusCode());
    try (var resolved = store.resolver().resolve(WS, "default", java.util.Set.of("metrics_resolved"),
        strongroom.secrets.Actor.system())) {
      assertNotNull(resolved);
    }
    try (var resolved = store.resolver().resolve(WS, "default", java.util.Set.of("metrics_missing_name"),
        strongroom.secrets.Actor.system())) {
      assertNotNull(resolved);
    } catch (RuntimeException expected) {
      // a missing secret fails the resolve; it is audited as a failure
    }
    String metrics = get("/metrics", null).body();
    assertTrue(metrics.contains("# TYPE strongroom_resolves_total counter"), metrics);
    assertEquals(success + 1, resolves(metrics, "success"), metrics);
    assertEquals(failure + 1, resolves(metrics, "failure"), metrics);
    for (String line : metrics.split("\n")) {
      if (line.startsWith("strongroom_resolves_total{")) {
        assertTrue(line.matches("strongroom_resolves_total\\{outcome=\"(success|failure)\"} \\d+"), line);
      }
    }
    assertFalse(metrics.contains("metrics_resolved"));
    assertFalse(metrics.contains("metrics_missing_name"));
  }

  private static long resolves(String metrics, String outcome) {
    String prefix = "strongroom_resolves_total{outcome=\"" + outcome + "\"} ";
    for (String line : metrics.split("\n")) {
      if (line.startsWith(prefix)) {
        return Long.parseLong(line.substring(prefix.length()).trim());
      }
    }
    throw new AssertionError("no " + prefix + " in\n" + metrics);
  }

  @Test
  void metrics_countByTemplate_neverByConcretePath() {
    String viewer = token(Role.VIEWER);
    get(secretsPath(WS) + "/some-id-that-is-not-a-label", viewer);
    get(secretsPath(WS), viewer);
    String metrics = get("/metrics", null).body();
    assertTrue(metrics.contains("strongroom_http_requests_total{method=\"GET\",route=\"/api/v1/workspaces/{ws}/secrets\""
        + ",status=\"200\"}"), metrics);
    assertTrue(metrics.contains("route=\"/api/v1/workspaces/{ws}/secrets/{id}\",status=\"404\""), metrics);
    assertTrue(metrics.contains("strongroom_http_request_seconds_count{method=\"GET\""), metrics);
    assertFalse(metrics.contains("some-id-that-is-not-a-label"));
    assertFalse(metrics.contains("/workspaces/default"));
  }
}
