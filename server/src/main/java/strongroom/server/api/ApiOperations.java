package strongroom.server.api;

import java.util.Map;
import java.util.Optional;
import strongroom.server.http.ApiRoute;

/**
 * What each API route reads and answers, by method and path template, naming {@link ApiSchemas}.
 * OpenApiAndMetricsTest fails for a route of the table that has no entry here.
 */
final class ApiOperations {
  /**
   * {@code request}: the body's schema, null when the route reads none ({@code WorkflowDefinition}
   * is YAML or JSON); {@code status}: the success status; {@code response}: its schema, null for 204.
   */
  record Doc(String request, boolean requestRequired, int status, String response) {
    static Doc read(int status, String response) {
      return new Doc(null, false, status, response);
    }

    static Doc write(String request, int status, String response) {
      return new Doc(request, true, status, response);
    }
  }

  private static final String WS = "/workspaces/{ws}";
  private static final Map<String, Doc> DOCS = Map.ofEntries(
      Map.entry("GET /workspaces", Doc.read(200, "WorkspaceList")),
      Map.entry("POST /workspaces", Doc.write("WorkspaceCreate", 201, "Workspace")),
      Map.entry("GET " + WS + "/secrets", Doc.read(200, "SecretList")),
      Map.entry("POST " + WS + "/secrets", Doc.write("SecretCreate", 201, "Secret")),
      Map.entry("GET " + WS + "/secrets/by-name/{name}", Doc.read(200, "Secret")),
      Map.entry("GET " + WS + "/secrets/{id}", Doc.read(200, "Secret")),
      Map.entry("PATCH " + WS + "/secrets/{id}", Doc.write("SecretUpdate", 200, "Secret")),
      Map.entry("DELETE " + WS + "/secrets/{id}", Doc.read(204, null)),
      Map.entry("POST " + WS + "/secrets/{id}/restore", Doc.read(200, "Secret")),
      Map.entry("POST " + WS + "/secrets/{id}/purge", Doc.read(204, null)),
      Map.entry("GET " + WS + "/secrets/{id}/versions", Doc.read(200, "VersionList")),
      Map.entry("POST " + WS + "/secrets/{id}/rollback", Doc.write("SecretRollback", 200, "Secret")),
      Map.entry("GET " + WS + "/environments", Doc.read(200, "EnvironmentList")),
      Map.entry("GET " + WS + "/audit", Doc.read(200, "AuditEventList")),
      Map.entry("GET " + WS + "/workflows", Doc.read(200, "WorkflowList")),
      Map.entry("POST " + WS + "/workflows", Doc.write("WorkflowDefinition", 201, "WorkflowSaved")),
      Map.entry("GET " + WS + "/workflows/{id}", Doc.read(200, "WorkflowWithSource")),
      Map.entry("PUT " + WS + "/workflows/{id}", Doc.write("WorkflowDefinition", 200, "WorkflowSaved")),
      Map.entry("DELETE " + WS + "/workflows/{id}", Doc.read(204, null)),
      // Both fields are optional, and so is the body itself.
      Map.entry("POST " + WS + "/workflows/{id}/runs", new Doc("RunRequest", false, 201, "RunOutcome")),
      Map.entry("GET " + WS + "/workflows/{id}/runs", Doc.read(200, "RunList")),
      Map.entry("GET " + WS + "/workflows/{id}/runs/{run}", Doc.read(200, "RunDetail")),
      Map.entry("GET " + WS + "/runs/{run}", Doc.read(200, "RunDetail")),
      Map.entry("GET " + WS + "/definitions", Doc.read(200, "DefinitionList")),
      Map.entry("GET " + WS + "/members", Doc.read(200, "MemberList")),
      Map.entry("PUT " + WS + "/members/{username}", Doc.write("MemberSet", 200, "Membership")),
      Map.entry("DELETE " + WS + "/members/{username}", Doc.read(204, null)),
      Map.entry("GET " + WS + "/tokens", Doc.read(200, "TokenList")),
      Map.entry("POST " + WS + "/tokens", Doc.write("TokenCreate", 201, "TokenCreated")),
      Map.entry("DELETE " + WS + "/tokens/{id}", Doc.read(204, null)));

  private ApiOperations() {}

  static Optional<Doc> of(ApiRoute route) {
    return Optional.ofNullable(DOCS.get(route.method().text() + " " + route.path()));
  }
}
