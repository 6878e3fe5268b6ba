package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.server.ApiTestBase;
import strongroom.server.StrongroomServer;
import strongroom.server.auth.Role;
import strongroom.server.http.ApiRoute;

/** /api/v1/openapi.json lists every route of the table the guard registers; /metrics labels only templates. */
@ParameterizedClass
@EnumSource(Backend.class)
class OpenApiAndMetricsTest extends ApiTestBase {
  @Test
  void openApi_listsEveryRoute_withItsRole() {
    var response = get("/api/v1/openapi.json", null);
    assertEquals(200, response.statusCode());
    JsonNode paths = json(response).get("paths");
    var routes = StrongroomServer.apiRoutes(store, tokens);
    assertEquals(28, routes.size());
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
