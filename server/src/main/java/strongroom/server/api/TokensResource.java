package strongroom.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.secrets.ValidationException;
import strongroom.secrets.service.AuditLog;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.IssuedToken;
import strongroom.server.auth.Role;
import strongroom.server.auth.TokenIssuer;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Caller;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;

/** {@code /workspaces/{ws}/tokens}: create (the token shown once), list (never the token), revoke; admins only. */
public final class TokensResource implements HttpService {
  private static final String BASE = "/workspaces/{ws}/tokens";

  private final TokenIssuer issuer;
  private final Guard guard;

  public TokensResource(ApiTokens tokens, AuditLog audit, Clock clock, Guard guard) {
    this.issuer = new TokenIssuer(tokens, audit, clock);
    this.guard = guard;
  }

  public List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(Method.GET, BASE, Role.ADMIN, "List the workspace's API tokens (never the token)", this::list),
        new ApiRoute(Method.POST, BASE, Role.ADMIN, "Create an API token (shown once)", this::create),
        new ApiRoute(Method.DELETE, BASE + "/{id}", Role.ADMIN, "Revoke an API token", this::revoke));
  }

  @Override
  public void routing(HttpRules rules) {
    guard.register(rules, routes());
  }

  /** {@code POST …/tokens}: {@code expires_in} like 90m, 12h or 30d; absent means no expiry. */
  record CreateBody(String role, @JsonProperty("expires_in") String expiresIn) {}

  private void list(ServerRequest req, ServerResponse res) {
    Instant now = issuer.now();
    Json.send(res, 200, Map.of("tokens", issuer.list(Caller.of(req).workspace().id()).stream()
        .map(t -> view(t, now)).toList()));
  }

  private void create(ServerRequest req, ServerResponse res) {
    CreateBody body = Json.read(req, CreateBody.class);
    Caller caller = Caller.of(req);
    if (body.expiresIn() != null && body.expiresIn().isBlank()) {
      throw ValidationException.of("expires_in", "duration", "must be a number with m, h or d, such as 30d");
    }
    IssuedToken issued = issuer.issue(caller.actor(), caller.workspace().id(), body.role(), body.expiresIn());
    Map<String, Object> out = view(issued.token(), issuer.now());
    out.put("token", issued.revealToken());
    res.headers().set(HeaderNames.LOCATION, "/api/v1/workspaces/" + Params.path(req, "ws") + "/tokens/"
        + issued.token().id());
    Json.send(res, 201, out);
  }

  private void revoke(ServerRequest req, ServerResponse res) {
    issuer.revoke(Caller.of(req).actor(), Caller.of(req).workspace().id(), Params.path(req, "id"));
    res.status(204).send();
  }

  private static Map<String, Object> view(ApiToken t, Instant now) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", t.id());
    out.put("workspace_id", t.workspaceId());
    out.put("role", t.role().wireName());
    out.put("created_at", t.createdAt().toString());
    out.put("created_by", t.createdBy());
    out.put("expires_at", t.expiresAt() == null ? null : t.expiresAt().toString());
    out.put("revoked_at", t.revokedAt() == null ? null : t.revokedAt().toString());
    out.put("state", t.revokedAt() != null ? "revoked" : t.activeAt(now) ? "active" : "expired");
    return out;
  }
}
