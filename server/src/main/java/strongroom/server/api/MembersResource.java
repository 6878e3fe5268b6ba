package strongroom.server.api;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.secrets.ValidationException;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.service.AuditLog;
import strongroom.server.auth.Membership;
import strongroom.server.auth.Role;
import strongroom.server.auth.Users;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Caller;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;

/** {@code /workspaces/{ws}/members}: who has which role in the workspace; admins only. */
public final class MembersResource implements HttpService {
  private static final String BASE = "/workspaces/{ws}/members";

  private final Users users;
  private final AuditLog audit;
  private final Guard guard;

  public MembersResource(Users users, AuditLog audit, Guard guard) {
    this.users = users;
    this.audit = audit;
    this.guard = guard;
  }

  public List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(Method.GET, BASE, Role.ADMIN, "List the workspace's members", this::list),
        new ApiRoute(Method.PUT, BASE + "/{username}", Role.ADMIN, "Add a member or change its role", this::put),
        new ApiRoute(Method.DELETE, BASE + "/{username}", Role.ADMIN, "Remove a member", this::remove));
  }

  @Override
  public void routing(HttpRules rules) {
    guard.register(rules, routes());
  }

  /** {@code PUT …/members/{username}}. */
  record RoleBody(String role) {}

  private void list(ServerRequest req, ServerResponse res) {
    Json.send(res, 200, Map.of("members", users.members(ws(req)).stream().map(MembersResource::view).toList()));
  }

  private void put(ServerRequest req, ServerResponse res) {
    RoleBody body = Json.read(req, RoleBody.class);
    if (body.role() == null) {
      throw ValidationException.of("role", "required", "must be viewer, editor or admin");
    }
    Role role = Role.fromWireName(body.role());
    String username = Params.path(req, "username");
    users.addMembership(username, ws(req), role);
    audit.record(Caller.of(req).actor(), AuditAction.MEMBER_SET, ws(req),
        "username=" + username + " role=" + role.wireName());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("username", username);
    out.put("role", role.wireName());
    Json.send(res, 200, out);
  }

  private void remove(ServerRequest req, ServerResponse res) {
    String username = Params.path(req, "username");
    users.removeMembership(username, ws(req));
    audit.record(Caller.of(req).actor(), AuditAction.MEMBER_REMOVE, ws(req), "username=" + username);
    res.status(204).send();
  }

  private static String ws(ServerRequest req) {
    return Caller.of(req).workspace().id();
  }

  private static Map<String, Object> view(Membership m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("username", m.username());
    out.put("role", m.role().wireName());
    out.put("since", m.since().toString());
    return out;
  }
}
