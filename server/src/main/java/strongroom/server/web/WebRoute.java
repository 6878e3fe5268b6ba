package strongroom.server.web;

import io.helidon.http.Method;
import java.util.Objects;
import strongroom.server.auth.Role;

/**
 * One signed-in page: method, path template, the role it needs in {@code {ws}} (null: a page outside
 * any workspace), the navigation section it belongs to, and its handler.
 */
public record WebRoute(Method method, String path, Role role, String section, Handler handler) {
  /** Handles a page request whose access the guard has already checked. */
  @FunctionalInterface
  public interface Handler {
    void handle(Page page);
  }

  public WebRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
  }

  public static WebRoute get(String path, Role role, String section, Handler handler) {
    return new WebRoute(Method.GET, path, role, section, handler);
  }

  public static WebRoute post(String path, Role role, String section, Handler handler) {
    return new WebRoute(Method.POST, path, role, section, handler);
  }
}
