package strongroom.server.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Optional;
import strongroom.secrets.Actor;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.Workspace;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.Role;
import strongroom.server.auth.Session;
import strongroom.server.auth.Sessions;
import strongroom.server.auth.Users;

/**
 * The one place where access is checked. Every API route is registered through {@link #register},
 * which wraps its handler: authenticate the bearer token (401), check the token's workspace is the
 * {@code {ws}} of the path (403, the same answer whether or not that workspace exists, so a token
 * cannot probe other workspaces), then check the role against the route's required role (403).
 * Without an {@code Authorization} header the session cookie is used instead: a state-changing
 * request must then carry the session's CSRF token (403), and the role is the user's membership in
 * the workspace (owners are admin everywhere; no membership is the same 403 as another workspace).
 * Routes outside any workspace ({@link ApiRoute.Access}) need any such caller, or an owner's session,
 * and see the workspaces {@link #visibleWorkspaces} returns.
 */
public final class Guard {
  private static final String BEARER = "Bearer ";
  /** Where API routes are mounted; metrics label the full template. */
  private static final String ROUTE_PREFIX = "/api/v1";

  /** The header that carries a session's CSRF token. */
  public static final HeaderName CSRF_HEADER = HeaderNames.create("X-CSRF-Token");

  private final ApiTokens tokens;
  private final Sessions sessions;
  private final Users users;
  private final SecretStore store;
  private final RequestMetrics metrics;

  /** A guard for API tokens only (no sessions), e.g. to list the routes. */
  public Guard(ApiTokens tokens, SecretStore store, RequestMetrics metrics) {
    this(tokens, null, null, store, metrics);
  }

  public Guard(ApiTokens tokens, Sessions sessions, Users users, SecretStore store, RequestMetrics metrics) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.users = users;
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
    if (route.access() != ApiRoute.Access.WORKSPACE) {
      return (req, res) -> {
        Principal principal = principal(req);
        if (route.access() == ApiRoute.Access.OWNER && !principal.owner()) {
          throw ApiException.forbidden("this route needs an owner's login session");
        }
        req.context().register(Principal.class, principal);
        route.handler().handle(req, res);
      };
    }
    if (route.role() == null) {
      return route.handler();
    }
    return (req, res) -> {
      Caller caller = req.headers().contains(HeaderNames.AUTHORIZATION) || sessions == null
          ? tokenCaller(req) : sessionCaller(req);
      if (!caller.role().includes(route.role())) {
        throw ApiException.forbidden("this route needs the `" + route.role().wireName() + "` role");
      }
      req.context().register(Caller.class, caller);
      route.handler().handle(req, res);
    };
  }

  private Caller tokenCaller(ServerRequest req) {
    ApiToken token = authenticate(req);
    return new Caller(Actor.token(token.id()), workspaceOf(req, token), token.role());
  }

  /** The caller of a route outside any workspace: the token (as for workspace routes) or the session. */
  private Principal principal(ServerRequest req) {
    if (req.headers().contains(HeaderNames.AUTHORIZATION) || sessions == null) {
      ApiToken token = authenticate(req);
      return new Principal(Actor.token(token.id()), token, null);
    }
    Session session = checkedSession(req);
    return Principal.ofUser(session.user());
  }

  /**
   * The workspaces {@code principal} may see: a token's one workspace, every workspace for an owner,
   * else the user's memberships. Routes outside any workspace filter by this, so the rule stays here.
   */
  public List<Workspace> visibleWorkspaces(Principal principal) {
    if (principal.token() != null) {
      String id = principal.token().workspaceId();
      return store.workspaces().list().stream().filter(w -> w.id().equals(id)).toList();
    }
    List<Workspace> all = store.workspaces().list();
    if (principal.owner()) {
      return all;
    }
    java.util.Set<String> member = users.workspaceIdsOf(principal.user());
    return all.stream().filter(w -> member.contains(w.id())).toList();
  }

  /** The live session, with its CSRF token checked for a state-changing request. */
  private Session checkedSession(ServerRequest req) {
    Session session = session(req).orElseThrow(ApiException::unauthorized);
    if (!isSafe(req.prologue().method()) && !session.csrfMatches(req.headers().first(CSRF_HEADER).orElse(null))) {
      throw ApiException.forbidden("a request that changes state needs the session's X-CSRF-Token header");
    }
    return session;
  }

  private Caller sessionCaller(ServerRequest req) {
    Session session = checkedSession(req);
    Workspace workspace = resolve(req).orElseThrow(Guard::notAMember);
    Role role = users.roleIn(session.user(), workspace.id()).orElseThrow(Guard::notAMember);
    return new Caller(Actor.user(session.user().username()), workspace, role);
  }

  /**
   * The checks of a web page, the same rules as the API's: a live session (else 401), on a
   * state-changing request the session's CSRF token from {@code presentedCsrf} (else 403), and under
   * {@code /w/{ws}} the user's role there (403 without one or below {@code required}). A null
   * {@code required} is a page outside any workspace. {@code presentedCsrf} is asked only once the
   * session is known, so a form is never read for a caller without one.
   */
  public PageAccess pageAccess(ServerRequest req, Role required, java.util.function.Supplier<String> presentedCsrf) {
    String cookie = Cookies.value(req, Sessions.COOKIE).orElseThrow(ApiException::unauthorized);
    Session session = sessions.authenticate(cookie).orElseThrow(ApiException::unauthorized);
    if (!isSafe(req.prologue().method()) && !session.csrfMatches(presentedCsrf.get())) {
      throw ApiException.forbidden("the form has expired; reload the page and try again");
    }
    String csrf = Sessions.csrfTokenFor(cookie);
    Principal principal = Principal.ofUser(session.user());
    if (required == null) {
      return new PageAccess(principal, csrf, null, null);
    }
    Workspace workspace = resolve(req).orElseThrow(Guard::notAMember);
    Role role = users.roleIn(session.user(), workspace.id()).orElseThrow(Guard::notAMember);
    if (!role.includes(required)) {
      throw ApiException.forbidden("this page needs the `" + required.wireName() + "` role");
    }
    return new PageAccess(principal, csrf, workspace, role);
  }

  /** The live session named by the request's cookie, if any. */
  public Optional<Session> session(ServerRequest req) {
    return sessions == null ? Optional.empty()
        : Cookies.value(req, Sessions.COOKIE).flatMap(sessions::authenticate);
  }

  /** GET, HEAD and OPTIONS change nothing, so they need no CSRF token. */
  public static boolean isSafe(Method method) {
    return method == Method.GET || method == Method.HEAD || method == Method.OPTIONS;
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
    Workspace workspace = resolve(req).orElseThrow(Guard::notThisWorkspace);
    if (!workspace.id().equals(token.workspaceId())) {
      throw notThisWorkspace();
    }
    return workspace;
  }

  private Optional<Workspace> resolve(ServerRequest req) {
    String ws = req.path().pathParameters().first("ws").asOptional().orElseThrow(
        () -> new IllegalStateException("guarded route without {ws}"));
    try {
      return Optional.of(store.workspaces().require(ws));
    } catch (SecretNotFoundException e) {
      return Optional.empty();
    }
  }

  private static ApiException notAMember() {
    return ApiException.forbidden("you have no role in that workspace");
  }

  private static ApiException notThisWorkspace() {
    return ApiException.forbidden("this token is not valid for that workspace");
  }
}
