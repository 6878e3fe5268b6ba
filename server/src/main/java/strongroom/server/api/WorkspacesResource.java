package strongroom.server.api;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.secrets.Workspace;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.service.SecretStore;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;
import strongroom.server.http.Principal;

/**
 * {@code /workspaces}: the workspaces the caller may see (a token its one, a user its memberships, an
 * owner all), and creating one (owners only). The guard decides both; see {@link Guard#visibleWorkspaces}.
 */
public final class WorkspacesResource implements HttpService {
  private static final String BASE = "/workspaces";

  private final SecretStore store;
  private final Guard guard;

  public WorkspacesResource(SecretStore store, Guard guard) {
    this.store = store;
    this.guard = guard;
  }

  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.global(Method.GET, BASE, ApiRoute.Access.ANY_CALLER, "List the workspaces the caller may see",
            this::list),
        ApiRoute.global(Method.POST, BASE, ApiRoute.Access.OWNER, "Create a workspace (owners only)", this::create));
  }

  @Override
  public void routing(HttpRules rules) {
    guard.register(rules, routes());
  }

  /** {@code POST /workspaces}. */
  record NameBody(String name) {}

  private void list(ServerRequest req, ServerResponse res) {
    Json.send(res, 200, Map.of("workspaces",
        guard.visibleWorkspaces(Principal.of(req)).stream().map(WorkspacesResource::view).toList()));
  }

  private void create(ServerRequest req, ServerResponse res) {
    NameBody body = Json.read(req, NameBody.class);
    Workspace created = store.workspaces().create(body.name());
    store.audit().record(Principal.of(req).actor(), AuditAction.WORKSPACE_CREATE, created.id(),
        "name=" + created.name());
    Json.send(res, 201, view(created));
  }

  static Map<String, Object> view(Workspace w) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", w.id());
    out.put("name", w.name());
    out.put("created_at", w.createdAt().toString());
    return out;
  }
}
