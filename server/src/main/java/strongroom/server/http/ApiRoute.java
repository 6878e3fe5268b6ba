package strongroom.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import java.util.Objects;
import strongroom.server.auth.Role;

/**
 * One API route: method, path template (under {@code /api/v1}), the least role it needs, a summary
 * for the OpenAPI document, and its handler. A null role means no authentication (health checks).
 */
public record ApiRoute(Method method, String path, Role role, String summary, Handler handler) {
  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(handler, "handler");
  }
}
