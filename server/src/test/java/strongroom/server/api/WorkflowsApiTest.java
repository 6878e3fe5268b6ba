package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.auth.Role;

/** Workflows over HTTP: save from YAML or JSON, 422 with every problem, masked runs, delete, roles. */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkflowsApiTest extends ApiTestBase {
  private static final String WORKFLOWS = "/api/v1/workspaces/default/workflows";

  private static String bearerWorkflow(String alias, String secret) {
    return "title: Bearer\nalias: " + alias + "\nactions:\n"
        + "  - ref: shape\n    action: core.transform.reshape\n"
        + "    args: {value: \"Bearer ${{ SECRETS." + secret + ".API_KEY }}\"}\n"
        + "returns: \"${{ ACTIONS.shape.result }}\"\n";
  }

  /** Sends {@code body} with {@code contentType}, checking the response for canaries like {@link #call}. */
  private HttpResponse<String> send(String method, String path, String token, String body, String contentType) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .method(method, BodyPublishers.ofString(body))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", contentType)
        .build();
    try {
      HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
      Canaries.assertAbsent(method + " " + path, response.body());
      Canaries.assertAbsent(method + " " + path + " headers", response.headers().map().toString());
      return response;
    } catch (IOException e) {
      throw new AssertionError("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private void plant(String token, String name) {
    String body = "{\"name\":\"" + name + "\",\"keys\":[{\"key\":\"API_KEY\",\"value\":\"" + Canaries.next() + "\"}]}";
    assertEquals(201, call("POST", secretsPath(WS), token, body).statusCode());
  }

  @Test
  void save_run_detail_masksTheSecret() {
    String editor = token(Role.EDITOR);
    plant(editor, "vendor");
    HttpResponse<String> saved = send("POST", WORKFLOWS, editor, bearerWorkflow("bearer", "vendor"),
        "application/yaml");
    assertEquals(201, saved.statusCode(), saved::body);
    String id = json(saved).get("id").asText();
    assertEquals(0, json(saved).get("warnings").size(), saved::body);
    assertEquals("bearer", json(get(WORKFLOWS + "/bearer", editor)).get("alias").asText());
    assertEquals(id, json(get(WORKFLOWS + "/" + id, editor)).get("id").asText());
    assertTrue(json(get(WORKFLOWS, editor)).get("workflows").toString().contains("\"alias\":\"bearer\""));

    HttpResponse<String> run = call("POST", WORKFLOWS + "/bearer/runs", editor, "{\"inputs\":{},\"environment\":\"default\"}");
    assertEquals(201, run.statusCode(), run::body);
    assertEquals("succeeded", json(run).get("status").asText(), run::body);
    assertEquals("Bearer ***", json(run).get("actions").get(0).get("result").asText(), run::body);
    String runId = json(run).get("id").asText();

    JsonNode detail = json(get(WORKFLOWS + "/" + id + "/runs/" + runId, editor));
    assertEquals("succeeded", detail.get("status").asText());
    assertEquals("shape", detail.get("actions").get(0).get("ref").asText());
    assertEquals("Bearer ***", detail.get("actions").get(0).get("result").asText(), detail::toString);
    assertEquals(runId, json(get(WORKFLOWS + "/bearer/runs", editor)).get("runs").get(0).get("id").asText());
    assertEquals(404, get(WORKFLOWS + "/bearer/runs/no-such-run", editor).statusCode());
  }

  @Test
  void updateFromJson_keepsTheId_andReturnsWarnings() {
    String editor = token(Role.EDITOR);
    HttpResponse<String> first = send("POST", WORKFLOWS, editor, bearerWorkflow("warned", "not_configured"),
        "text/yaml");
    assertEquals(201, first.statusCode(), first::body);
    assertTrue(json(first).get("warnings").size() >= 1, first::body);
    assertEquals("warning", json(first).get("warnings").get(0).get("severity").asText());
    assertEquals(409, send("POST", WORKFLOWS, editor, bearerWorkflow("warned", "x"), "text/yaml").statusCode());
    String jsonSource = "{\"title\":\"Renamed\",\"alias\":\"warned\",\"actions\":[{\"ref\":\"a\","
        + "\"action\":\"core.transform.reshape\",\"args\":{\"value\":1}}]}";
    HttpResponse<String> updated = send("PUT", WORKFLOWS + "/warned", editor, jsonSource, "application/json");
    assertEquals(200, updated.statusCode(), updated::body);
    assertEquals(json(first).get("id").asText(), json(updated).get("id").asText());
    assertEquals("Renamed", json(get(WORKFLOWS + "/warned", editor)).get("title").asText());
    assertEquals(415, send("POST", WORKFLOWS, editor, jsonSource, "text/plain").statusCode());
  }

  @Test
  void invalid_is422_withEveryProblem() {
    String editor = token(Role.EDITOR);
    String bad = "title: Bad\nalias: bad\nactions:\n"
        + "  - {ref: a, action: no.such.action}\n"
        + "  - {ref: a, action: core.transform.reshape, args: {value: 1}}\n";
    JsonNode error = assertError(send("POST", WORKFLOWS, editor, bad, "application/yaml"), 422, "INVALID_WORKFLOW");
    List<String> codes = new ArrayList<>();
    for (JsonNode problem : error.get("details")) {
      assertEquals("error", problem.get("severity").asText());
      assertTrue(problem.has("ref") && problem.has("path") && problem.has("message"), problem::toString);
      codes.add(problem.get("code").asText());
    }
    assertTrue(codes.containsAll(List.of("UNKNOWN_ACTION", "DUPLICATE_REF")), codes::toString);
    assertEquals(404, get(WORKFLOWS + "/bad", editor).statusCode(), "nothing was saved");
  }

  @Test
  void viewer_readsButCannotSaveOrRun() {
    String editor = token(Role.EDITOR);
    String viewer = token(Role.VIEWER);
    assertEquals(201, send("POST", WORKFLOWS, editor, bearerWorkflow("viewed", "nothing"), "application/yaml")
        .statusCode());
    assertError(send("POST", WORKFLOWS, viewer, bearerWorkflow("nope", "nothing"), "application/yaml"), 403,
        "FORBIDDEN");
    assertError(send("PUT", WORKFLOWS + "/viewed", viewer, bearerWorkflow("viewed", "x"), "application/yaml"), 403,
        "FORBIDDEN");
    assertError(call("POST", WORKFLOWS + "/viewed/runs", viewer, "{}"), 403, "FORBIDDEN");
    assertEquals(200, get(WORKFLOWS + "/viewed", viewer).statusCode());
    assertEquals(200, get(WORKFLOWS + "/viewed/runs", viewer).statusCode());
    assertFalse(get(WORKFLOWS, viewer).body().isEmpty());
    assertError(get(WORKFLOWS, null), 401, "UNAUTHENTICATED");
  }

  @Test
  void delete_byAdmin_is204_thenGone_andItsRunsStayReadable() {
    String editor = token(Role.EDITOR);
    String admin = token(Role.ADMIN);
    plant(editor, "doomed_key");
    HttpResponse<String> saved = send("POST", WORKFLOWS, editor, bearerWorkflow("doomed", "doomed_key"),
        "application/yaml");
    String id = json(saved).get("id").asText();
    HttpResponse<String> run = call("POST", WORKFLOWS + "/doomed/runs", editor, "{}");
    assertEquals(201, run.statusCode(), run::body);
    String runId = json(run).get("id").asText();

    assertError(call("DELETE", WORKFLOWS + "/doomed", editor, null), 403, "FORBIDDEN");
    assertEquals(200, get(WORKFLOWS + "/doomed", editor).statusCode(), "a refused delete deleted it");
    HttpResponse<String> deleted = call("DELETE", WORKFLOWS + "/doomed", admin, null);
    assertEquals(204, deleted.statusCode(), deleted::body);
    assertTrue(deleted.body().isEmpty(), deleted::body);

    assertError(get(WORKFLOWS + "/doomed", editor), 404, "NOT_FOUND");
    assertError(get(WORKFLOWS + "/" + id + "/runs", editor), 404, "NOT_FOUND");
    assertFalse(get(WORKFLOWS, editor).body().contains("\"doomed\""));
    assertError(call("DELETE", WORKFLOWS + "/" + id, admin, null), 404, "NOT_FOUND");
    assertError(call("DELETE", WORKFLOWS + "/never_was", admin, null), 404, "NOT_FOUND");

    // The run is kept: by id under the workspace, with its alias, no workflow id, and masked results.
    JsonNode kept = json(get("/api/v1/workspaces/default/runs/" + runId, editor));
    assertEquals(runId, kept.get("id").asText(), kept::toString);
    assertEquals("doomed", kept.get("workflow_alias").asText());
    assertTrue(kept.get("workflow_id").isNull(), kept::toString);
    assertEquals("succeeded", kept.get("status").asText());
    assertEquals("Bearer ***", kept.get("actions").get(0).get("result").asText(), kept::toString);
    assertError(get("/api/v1/workspaces/default/runs/no-such-run", editor), 404, "NOT_FOUND");

    // The alias can be saved again; the new workflow has none of the old one's runs.
    HttpResponse<String> again = send("POST", WORKFLOWS, editor, bearerWorkflow("doomed", "doomed_key"),
        "application/yaml");
    assertEquals(201, again.statusCode(), again::body);
    assertEquals(0, json(get(WORKFLOWS + "/doomed/runs", editor)).get("runs").size());
  }
}
