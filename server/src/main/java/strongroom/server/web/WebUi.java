package strongroom.server.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import strongroom.secrets.Workspace;
import strongroom.server.auth.Session;
import strongroom.server.http.ApiException;
import strongroom.server.http.ErrorResponses;
import strongroom.server.http.Guard;
import strongroom.server.http.PageAccess;
import strongroom.server.http.Principal;
import strongroom.server.http.RequestMetrics;

/**
 * The web UI: static files, the login pages, and every signed-in page, each checked by the
 * {@link Guard} before its handler runs. Failures become an HTML error page, never a stack trace.
 */
public final class WebUi implements HttpService {
  private static final System.Logger LOG = System.getLogger(WebUi.class.getName());

  private final Guard guard;
  private final LoginPages login;
  private final List<WebRoute> pages;
  private final RequestMetrics metrics;

  public WebUi(Guard guard, LoginPages login, List<WebRoute> pages, RequestMetrics metrics) {
    this.guard = guard;
    this.login = login;
    this.pages = List.copyOf(pages);
    this.metrics = metrics;
  }

  /** Every signed-in page's route, for tests that walk them all. */
  public List<WebRoute> pages() {
    return pages;
  }

  @Override
  public void routing(HttpRules rules) {
    StaticAssets.register(rules);
    login.register(rules);
    rules.get("/", this::home);
    rules.get("/switch", this::switchWorkspace);
    for (WebRoute route : pages) {
      rules.route(route.method(), route.path(), (req, res) -> {
        long start = System.nanoTime();
        handle(route, req, res);
        metrics.record(route.method().text(), route.path(), res.status().code(), System.nanoTime() - start);
      });
    }
  }

  private void home(ServerRequest req, ServerResponse res) {
    Optional<Session> session = guard.session(req);
    if (session.isEmpty()) {
      Page.redirect(res, "/login");
      return;
    }
    List<Workspace> visible = guard.visibleWorkspaces(Principal.ofUser(session.get().user()));
    if (visible.isEmpty()) {
      error(res, null, 403, "you are not a member of any workspace yet; ask an owner to add you");
      return;
    }
    Page.redirect(res, "/w/" + Urls.segment(visible.get(0).name()) + "/workflows");
  }

  /** The workspace switcher's GET form: the same section in another workspace. */
  private void switchWorkspace(ServerRequest req, ServerResponse res) {
    String ws = req.query().first("ws").orElse("");
    // Only the sections every member may open: the admin pages of one workspace may be closed in another.
    String section = req.query().first("section").filter(s -> s.matches("workflows|credentials"))
        .orElse("workflows");
    Page.redirect(res, ws.isBlank() ? "/" : "/w/" + Urls.segment(ws) + "/" + section);
  }

  private void handle(WebRoute route, ServerRequest req, ServerResponse res) {
    PageAccess access;
    FormBody[] form = {FormBody.EMPTY};
    try {
      access = guard.pageAccess(req, route.role(), () -> {
        form[0] = FormBody.read(req);
        return form[0].get("_csrf");
      });
    } catch (ApiException e) {
      if (e.status() == 401) {
        Page.redirect(res, "/login?next=" + Urls.query(Guard.isSafe(req.prologue().method()) ? address(req) : "/"));
      } else {
        error(res, null, e.status(), ErrorResponses.messageOf(e));
      }
      return;
    }
    Chrome chrome = chrome(access, route.section());
    try {
      route.handler().handle(new Page(req, res, access, form[0], chrome));
    } catch (RuntimeException e) {
      int status = ErrorResponses.statusOf(e);
      if (status >= 500) {
        // Only the class name: a message could quote request content.
        LOG.log(Level.ERROR, "page failed: " + e.getClass().getName());
      }
      error(res, chrome, status, message(e));
    }
  }

  /** The path and query of a page, to come back to after signing in. */
  private static String address(ServerRequest req) {
    String query = req.query().rawValue();
    return req.path().path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /** What the error page says: each violation of refused input (field and rule, never a value), else the API's message. */
  private static String message(RuntimeException e) {
    if (e instanceof strongroom.secrets.ValidationException v) {
      return v.violations().stream().map(x -> "`" + x.field() + "` " + x.message())
          .collect(java.util.stream.Collectors.joining("; "));
    }
    return ErrorResponses.messageOf(e);
  }

  private Chrome chrome(PageAccess access, String section) {
    List<String> names = new ArrayList<>();
    for (Workspace w : guard.visibleWorkspaces(access.principal())) {
      names.add(w.name());
    }
    String role = access.principal().owner() ? "owner" : access.role() == null ? null : access.role().wireName();
    return new Chrome(access.principal().user().username(), access.principal().owner(),
        access.workspace() == null ? null : access.workspace().name(), role, names, access.csrfToken(), section);
  }

  /** The HTML 404 for a path that is neither a page nor an API route. */
  public static void notFound(ServerResponse res) {
    error(res, null, 404, "there is no page at this address");
  }

  /** An error page; {@code chrome} null when the user is not known (the page then has no menus). */
  static void error(ServerResponse res, Chrome chrome, int status, String message) {
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", chrome);
    params.put("model", new ErrorView(status, title(status), message));
    Page.send(res, status, Templates.render("error.jte", params));
  }

  private static String title(int status) {
    return switch (status) {
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 409 -> "Changed meanwhile";
      case 413 -> "Too large";
      case 422, 400, 415 -> "Not accepted";
      default -> status >= 500 ? "Something went wrong" : "Request refused";
    };
  }

  /** The model of the error page. */
  public record ErrorView(int status, String title, String message) {}
}
