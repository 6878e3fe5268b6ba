package strongroom.server.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.HashMap;
import java.util.Map;
import strongroom.secrets.Actor;
import strongroom.server.http.PageAccess;

/** One request to a signed-in page: its parameters, form, access and layout, and how to answer it. */
public final class Page {
  private static final HttpMediaType HTML = HttpMediaType.create("text/html; charset=UTF-8");
  private final ServerRequest req;
  private final ServerResponse res;
  private final PageAccess access;
  private final FormBody form;
  private final Chrome chrome;

  Page(ServerRequest req, ServerResponse res, PageAccess access, FormBody form, Chrome chrome) {
    this.req = req;
    this.res = res;
    this.access = access;
    this.form = form;
    this.chrome = chrome;
  }

  /** A query parameter, trimmed; null when absent or blank. */
  public String query(String name) {
    return req.query().first(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
  }

  /** A path parameter of the route template. */
  public String path(String name) {
    return req.path().pathParameters().get(name);
  }

  public FormBody form() {
    return form;
  }

  public Chrome chrome() {
    return chrome;
  }

  public PageAccess access() {
    return access;
  }

  /** Who acts, for the audit log: the signed-in user. */
  public Actor actor() {
    return access.principal().actor();
  }

  /** The id of the current workspace. */
  public String workspaceId() {
    return access.workspace().id();
  }

  /** Renders {@code template} with the layout data and {@code model}, status 200. */
  public void render(String template, Object model) {
    render(200, template, model);
  }

  public void render(int status, String template, Object model) {
    Map<String, Object> params = new HashMap<>();
    params.put("chrome", chrome);
    params.put("model", model);
    send(res, status, Templates.render(template, params));
  }

  /** A 303 to {@code location} after a form post, so a reload does not post again. */
  public void redirect(String location) {
    redirect(res, location);
  }

  static void send(ServerResponse res, int status, String html) {
    SecurityHeaders.apply(res);
    res.headers().contentType(HTML);
    res.status(status).send(html);
  }

  static void redirect(ServerResponse res, String location) {
    SecurityHeaders.apply(res);
    res.headers().set(HeaderNames.LOCATION, location);
    res.status(303).send();
  }

  @Override
  public String toString() {
    return "Page[" + req.path().path() + "]";
  }
}
