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
    assertEquals(26, routes.size());
    for (ApiRoute route : routes) {
      JsonNode operation = paths.path(StrongroomServer.API + route.path())
          .get(route.method().text().toLowerCase(Locale.ROOT));
      assertNotNull(operation, route.method().text() + " " + route.path() + " is missing");
      assertEquals(route.role().wireName(), operation.get("x-strongroom-role").asText());
    }
    for (String open : new String[] {"/healthz", "/readyz", "/metrics", "/api/v1/openapi.json"}) {
      assertTrue(paths.has(open), open);
    }
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
