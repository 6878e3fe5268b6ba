package strongroom.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.auth.Role;
import strongroom.server.auth.Users;
import strongroom.server.http.ApiRoute;

/**
 * Every route of the server's route table (the one the guard registers and the OpenAPI document is
 * built from) × {no credentials, viewer, editor, admin, admin of another workspace}: 401, 403 or
 * allowed (never 5xx), and the other workspace's admin never sees this workspace's secret names or
 * ids, neither through this workspace's paths nor through its own with this workspace's ids.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AuthorizationMatrixTest extends ApiTestBase {
  private static final String YAML = "application/yaml";
  private static final String JSON = "application/json";

  private enum Who { NONE, VIEWER, EDITOR, ADMIN, OTHER_ADMIN }

  /** One concrete request for a route. */
  private record Req(String path, String body, String contentType) {}

  /** Ids and names of this workspace's fixture, substituted into the route templates. */
  private final Set<String> names = new LinkedHashSet<>();
  private final Set<String> ids = new LinkedHashSet<>();
  private String mainId;
  private String mainName;
  private String victimId;
  private String goneId;
  private String workflowId;
  private String doomedWorkflowId;
  private String runId;
  private String tokenToRevoke;
  private String tokenToProbe;
  private int counter;

  private static String workflow(String alias, String secret) {
    return "title: Matrix\nalias: " + alias + "\nactions:\n"
        + "  - ref: shape\n    action: core.transform.reshape\n"
        + "    args: {value: \"Bearer ${{ SECRETS." + secret + ".API_KEY }}\"}\n"
        + "returns: \"${{ ACTIONS.shape.result }}\"\n";
  }

  /** A minimal valid request for {@code route} in workspace {@code ws}, or null when the route is unknown here. */
  private Req request(ApiRoute route, String ws) {
    String p = StrongroomServer.API + route.path().replace("{ws}", ws);
    int n = ++counter;
    return switch (route.method().text() + " " + route.path()) {
      case "GET /workspaces" -> new Req(p, null, null);
      case "POST /workspaces" -> new Req(p, "{\"name\":\"matrix-ws-" + n + "\"}", JSON);
      case "GET /workspaces/{ws}/secrets" -> new Req(p, null, null);
      case "POST /workspaces/{ws}/secrets" -> new Req(p, createBody("matrix_new_" + n, "default"), JSON);
      case "GET /workspaces/{ws}/secrets/by-name/{name}" -> new Req(p.replace("{name}", mainName), null, null);
      case "GET /workspaces/{ws}/secrets/{id}", "GET /workspaces/{ws}/secrets/{id}/versions" ->
          new Req(p.replace("{id}", mainId), null, null);
      case "PATCH /workspaces/{ws}/secrets/{id}" ->
          new Req(p.replace("{id}", mainId), "{\"description\":\"matrix " + n + "\"}", JSON);
      case "DELETE /workspaces/{ws}/secrets/{id}" -> new Req(p.replace("{id}", victimId), null, null);
      case "POST /workspaces/{ws}/secrets/{id}/restore", "POST /workspaces/{ws}/secrets/{id}/purge" ->
          new Req(p.replace("{id}", goneId), null, null);
      case "POST /workspaces/{ws}/secrets/{id}/rollback" ->
          new Req(p.replace("{id}", mainId), "{\"to\":1,\"expected_version\":1}", JSON);
      case "GET /workspaces/{ws}/environments", "GET /workspaces/{ws}/audit", "GET /workspaces/{ws}/workflows",
          "GET /workspaces/{ws}/definitions", "GET /workspaces/{ws}/members", "GET /workspaces/{ws}/tokens" ->
          new Req(p, null, null);
      case "POST /workspaces/{ws}/workflows" -> new Req(p, workflow("matrix_wf_" + n, mainName), YAML);
      case "GET /workspaces/{ws}/workflows/{id}", "GET /workspaces/{ws}/workflows/{id}/runs" ->
          new Req(p.replace("{id}", workflowId), null, null);
      case "PUT /workspaces/{ws}/workflows/{id}" -> new Req(p.replace("{id}", workflowId),
          workflow("matrix_wf", mainName), YAML);
      case "DELETE /workspaces/{ws}/workflows/{id}" -> new Req(p.replace("{id}", doomedWorkflowId), null, null);
      case "POST /workspaces/{ws}/workflows/{id}/runs" -> new Req(p.replace("{id}", workflowId), "{}", JSON);
      case "GET /workspaces/{ws}/workflows/{id}/runs/{run}" ->
          new Req(p.replace("{id}", workflowId).replace("{run}", runId), null, null);
      case "GET /workspaces/{ws}/runs/{run}" -> new Req(p.replace("{run}", runId), null, null);
      case "PUT /workspaces/{ws}/members/{username}" ->
          new Req(p.replace("{username}", "matrixuser"), "{\"role\":\"viewer\"}", JSON);
      case "DELETE /workspaces/{ws}/members/{username}" -> new Req(p.replace("{username}", "matrixuser"), null, null);
      case "POST /workspaces/{ws}/tokens" -> new Req(p, "{\"role\":\"viewer\",\"expires_in\":\"1h\"}", JSON);
      case "DELETE /workspaces/{ws}/tokens/{id}" ->
          new Req(p.replace("{id}", OTHER_WS.equals(ws) ? tokenToProbe : tokenToRevoke), null, null);
      default -> null;
    };
  }

  private static final String OTHER_WS = "other";

  private HttpResponse<String> send(String method, Req req, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + req.path()))
        .method(method, req.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(req.body()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (req.contentType() != null) {
      request.header("Content-Type", req.contentType());
    }
    try {
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      Canaries.assertAbsent(method + " " + req.path() + " response body", response.body());
      Canaries.assertAbsent(method + " " + req.path() + " response headers", response.headers().map().toString());
      return response;
    } catch (IOException e) {
      throw new AssertionError("request failed: " + method + " " + req.path(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private String created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response::body);
    return json(response).get("id").asText();
  }

  private void plantFixture(String admin) {
    for (String name : List.of("matrix_main", "matrix_victim", "matrix_gone")) {
      String id = created(call("POST", secretsPath(WS), admin, createBody(name, "default")));
      names.add(name);
      ids.add(id);
      switch (name) {
        case "matrix_main" -> mainId = id;
        case "matrix_victim" -> victimId = id;
        default -> goneId = id;
      }
    }
    mainName = "matrix_main";
    assertEquals(204, call("DELETE", secretsPath(WS) + "/" + goneId, admin, null).statusCode());
    Req save = new Req("/api/v1/workspaces/default/workflows", workflow("matrix_wf", mainName), YAML);
    workflowId = created(send("POST", save, admin));
    Req run = new Req("/api/v1/workspaces/default/workflows/" + workflowId + "/runs", "{}", JSON);
    runId = created(send("POST", run, admin));
    Req doomed = new Req("/api/v1/workspaces/default/workflows", workflow("matrix_doomed", mainName), YAML);
    doomedWorkflowId = created(send("POST", doomed, admin));
    new Users(store, Clock.systemUTC()).create("matrixuser", Canaries.next().toCharArray(), false);
    tokenToRevoke = tokens.create(WS, Role.VIEWER, null, "operator:test").token().id();
    tokenToProbe = tokens.create(WS, Role.VIEWER, null, "operator:test").token().id();
  }

  @Test
  void everyRoute_everyCaller() {
    List<ApiRoute> routes = StrongroomServer.apiRoutes(store, tokens);
    assertFalse(routes.isEmpty());
    String admin = token(Role.ADMIN);
    plantFixture(admin);
    Map<Who, String> callers = new LinkedHashMap<>();
    callers.put(Who.NONE, null);
    callers.put(Who.VIEWER, token(Role.VIEWER));
    callers.put(Who.EDITOR, token(Role.EDITOR));
    callers.put(Who.ADMIN, admin);
    callers.put(Who.OTHER_ADMIN, token(OTHER_WS, Role.ADMIN));

    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<Who, String> caller : callers.entrySet()) {
      for (ApiRoute route : routes) {
        String label = caller.getKey() + " " + route.method().text() + " " + route.path();
        Req req = request(route, WS);
        if (req == null) {
          fail("route " + route.method().text() + " " + route.path()
              + " has no request in AuthorizationMatrixTest: add a minimal valid one");
        }
        HttpResponse<String> response = send(route.method().text(), req, caller.getValue());
        int status = response.statusCode();
        String expected = expected(caller.getKey(), route);
        String problem = judge(expected, status);
        if (problem != null) {
          problems.add(label + ": " + problem + " (got " + status + " " + response.body() + ")");
        }
        if (status == 201 && route.method().text().equals("POST") && route.path().equals("/workspaces/{ws}/secrets")) {
          names.add(json(response).get("name").asText());
          ids.add(json(response).get("id").asText());
        }
        if (caller.getKey() == Who.OTHER_ADMIN) {
          String leak = leak(response, null);
          if (leak != null) {
            problems.add(label + ": " + leak);
          }
        }
        checked++;
      }
    }
    assertEquals(routes.size() * callers.size(), checked);
    // The other workspace's admin, on its own workspace, with this workspace's names and ids in the path.
    String otherAdmin = callers.get(Who.OTHER_ADMIN);
    for (ApiRoute route : routes) {
      Req req = request(route, OTHER_WS);
      HttpResponse<String> response = send(route.method().text(), req, otherAdmin);
      String label = "OTHER_ADMIN on its own workspace " + route.method().text() + " " + route.path();
      String problem = judge(expected(Who.ADMIN, route), response.statusCode());
      if (problem != null) {
        problems.add(label + ": " + problem + " (got " + response.statusCode() + " " + response.body() + ")");
      }
      String leak = leak(response, req.path() + " " + req.body());
      if (leak != null) {
        problems.add(label + ": " + leak);
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    // The probe changed nothing here: the main secret is live and its token was not revoked.
    assertEquals(200, get(secretsPath(WS) + "/" + mainId, admin).statusCode());
    assertTrue(tokens.list().stream().anyMatch(t -> t.id().equals(tokenToProbe) && t.revokedAt() == null));
    assertTrue(tokens.list().stream().anyMatch(t -> t.id().equals(tokenToRevoke) && t.revokedAt() != null));
    // Only this workspace's admin could delete the workflow; the main one and its run are still there.
    assertEquals(404, get("/api/v1/workspaces/default/workflows/" + doomedWorkflowId, admin).statusCode());
    assertEquals(200, get("/api/v1/workspaces/default/workflows/" + workflowId, admin).statusCode());
    assertEquals(200, get("/api/v1/workspaces/default/runs/" + runId, admin).statusCode());
  }

  private static String expected(Who who, ApiRoute route) {
    if (route.access() != ApiRoute.Access.WORKSPACE) {
      // Outside any workspace: any token may call, but a token is never an owner.
      return who == Who.NONE ? "401" : route.access() == ApiRoute.Access.OWNER ? "403" : "allowed";
    }
    Role needed = route.role();
    return switch (who) {
      case NONE -> "401";
      case OTHER_ADMIN -> "403";
      case VIEWER -> Role.VIEWER.includes(needed) ? "allowed" : "403";
      case EDITOR -> Role.EDITOR.includes(needed) ? "allowed" : "403";
      case ADMIN -> Role.ADMIN.includes(needed) ? "allowed" : "403";
    };
  }

  /** Null when {@code status} is in the expected class; allowed is 2xx, 404, 409 or 422. */
  private static String judge(String expected, int status) {
    return switch (expected) {
      case "401" -> status == 401 ? null : "expected 401";
      case "403" -> status == 403 ? null : "expected 403";
      default -> (status >= 200 && status < 300) || status == 404 || status == 409 || status == 422 ? null
          : "expected allowed (2xx, 404, 409 or 422)";
    };
  }

  /** A name or id of this workspace in the response that the caller did not itself send ({@code sent}: path and body). */
  private String leak(HttpResponse<String> response, String sent) {
    String text = response.body() + response.headers().map();
    for (String s : names) {
      if (text.contains(s) && (sent == null || !sent.contains(s))) {
        return "response names secret " + s + " of workspace default";
      }
    }
    for (String s : ids) {
      if (text.contains(s) && (sent == null || !sent.contains(s))) {
        return "response holds secret id " + s + " of workspace default";
      }
    }
    return null;
  }
}
