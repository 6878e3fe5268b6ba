package strongroom.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.service.AuditLog;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.IssuedToken;
import strongroom.server.auth.Role;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Caller;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;

/** {@code /workspaces/{ws}/tokens}: create (the token shown once), list (never the token), revoke; admins only. */
public final class TokensResource implements HttpService {
  private static final String BASE = "/workspaces/{ws}/tokens";
  private static final Pattern EXPIRY = Pattern.compile("([1-9][0-9]{0,5})([mhd])");

  private final ApiTokens tokens;
  private final AuditLog audit;
  private final Clock clock;
  private final Guard guard;

  public TokensResource(ApiTokens tokens, AuditLog audit, Clock clock, Guard guard) {
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
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
    String ws = Caller.of(req).workspace().id();
    Instant now = clock.instant();
    Json.send(res, 200, Map.of("tokens", tokens.list().stream().filter(t -> t.workspaceId().equals(ws))
        .map(t -> view(t, now)).toList()));
  }

  private void create(ServerRequest req, ServerResponse res) {
    CreateBody body = Json.read(req, CreateBody.class);
    if (body.role() == null) {
      throw ValidationException.of("role", "required", "must be viewer, editor or admin");
    }
    Role role = Role.fromWireName(body.role());
    Caller caller = Caller.of(req);
    IssuedToken issued = tokens.create(caller.workspace().id(), role, expiry(body.expiresIn()),
        caller.actor().label());
    audit.record(caller.actor(), AuditAction.TOKEN_CREATE, caller.workspace().id(),
        "token_id=" + issued.token().id() + " role=" + role.wireName());
    Map<String, Object> out = view(issued.token(), clock.instant());
    out.put("token", issued.revealToken());
    res.headers().set(HeaderNames.LOCATION, "/api/v1/workspaces/" + Params.path(req, "ws") + "/tokens/"
        + issued.token().id());
    Json.send(res, 201, out);
  }

  private void revoke(ServerRequest req, ServerResponse res) {
    String id = Params.path(req, "id");
    String ws = Caller.of(req).workspace().id();
    // Another workspace's token is not found here, whether or not it exists.
    if (tokens.list().stream().noneMatch(t -> t.id().equals(id) && t.workspaceId().equals(ws))) {
      throw new SecretNotFoundException("no active API token with that id in this workspace");
    }
    tokens.revoke(id);
    audit.record(Caller.of(req).actor(), AuditAction.TOKEN_REVOKE, ws, "token_id=" + id);
    res.status(204).send();
  }

  private Instant expiry(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = EXPIRY.matcher(text);
    if (!m.matches()) {
      throw ValidationException.of("expires_in", "duration", "must be a number with m, h or d, such as 30d");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
    return clock.instant().plus(d);
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
