package strongroom.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Optional;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.Workspace;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.ApiTokens;

/**
 * The one place where access is checked. Every API route is registered through {@link #register},
 * which wraps its handler: authenticate the bearer token (401), check the token's workspace is the
 * {@code {ws}} of the path (403, the same answer whether or not that workspace exists, so a token
 * cannot probe other workspaces), then check the role against the route's required role (403).
 */
public final class Guard {
  private static final String BEARER = "Bearer ";
  /** Where API routes are mounted; metrics label the full template. */
  private static final String ROUTE_PREFIX = "/api/v1";

  private final ApiTokens tokens;
  private final SecretStore store;
  private final RequestMetrics metrics;

  public Guard(ApiTokens tokens, SecretStore store, RequestMetrics metrics) {
    this.tokens = tokens;
    this.store = store;
    this.metrics = metrics;
  }

  /** Registers each route on {@code rules}, guarded by its required role. */
  public void register(HttpRules rules, List<ApiRoute> routes) {
    for (ApiRoute route : routes) {
      rules.route(route.method(), route.path(), measured(route, protect(route)));
    }
  }

  /** Counts and times the request under its route template; a failure counts with the status it maps to. */
  private Handler measured(ApiRoute route, Handler handler) {
    String template = ROUTE_PREFIX + route.path();
    return (req, res) -> {
      long start = System.nanoTime();
      try {
        handler.handle(req, res);
        metrics.record(route.method().text(), template, res.status().code(), System.nanoTime() - start);
      } catch (RuntimeException e) {
        metrics.record(route.method().text(), template, ErrorResponses.statusOf(e), System.nanoTime() - start);
        throw e;
      }
    };
  }

  private Handler protect(ApiRoute route) {
    if (route.role() == null) {
      return route.handler();
    }
    return (req, res) -> {
      ApiToken token = authenticate(req);
      Workspace workspace = workspaceOf(req, token);
      if (!token.role().includes(route.role())) {
        throw ApiException.forbidden("this route needs the `" + route.role().wireName() + "` role");
      }
      req.context().register(Caller.class, new Caller(token, workspace));
      route.handler().handle(req, res);
    };
  }

  private ApiToken authenticate(ServerRequest req) {
    Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
    if (header.isEmpty() || !header.get().startsWith(BEARER)) {
      throw ApiException.unauthorized();
    }
    return tokens.authenticate(header.get().substring(BEARER.length()).trim())
        .orElseThrow(ApiException::unauthorized);
  }

  private Workspace workspaceOf(ServerRequest req, ApiToken token) {
    String ws = req.path().pathParameters().first("ws").asOptional().orElseThrow(
        () -> new IllegalStateException("guarded route without {ws}"));
    Workspace workspace;
    try {
      workspace = store.workspaces().require(ws);
    } catch (SecretNotFoundException e) {
      throw notThisWorkspace();
    }
    if (!workspace.id().equals(token.workspaceId())) {
      throw notThisWorkspace();
    }
    return workspace;
  }

  private static ApiException notThisWorkspace() {
    return ApiException.forbidden("this token is not valid for that workspace");
  }
}
