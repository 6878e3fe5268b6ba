package strongroom.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import java.util.Objects;
import strongroom.server.auth.Role;

/**
 * One API route: method, path template (under {@code /api/v1}), who may call it, a summary for the
 * OpenAPI document, and its handler. A {@link Access#WORKSPACE} route is under {@code /workspaces/{ws}}
 * and needs {@code role} there; a null role there means no authentication (health checks). The other
 * accesses have no role: {@link Access#ANY_CALLER} needs any live token or session,
 * {@link Access#OWNER} a session of an owner.
 */
public record ApiRoute(Method method, String path, Role role, Access access, String summary, Handler handler) {
  /** What a route checks, in {@link Guard}. */
  public enum Access {
    /** A role in the {@code {ws}} of the path. */
    WORKSPACE,
    /** Any authenticated caller; the route sees only what {@link Guard#visibleWorkspaces} allows. */
    ANY_CALLER,
    /** A login session of an owner (a token is never an owner). */
    OWNER
  }

  public ApiRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(handler, "handler");
    if (access != Access.WORKSPACE && role != null) {
      throw new IllegalArgumentException("only workspace routes have a role");
    }
  }

  /** A workspace route needing {@code role} in {@code {ws}}. */
  public ApiRoute(Method method, String path, Role role, String summary, Handler handler) {
    this(method, path, role, Access.WORKSPACE, summary, handler);
  }

  /** A route outside any one workspace: {@link Access#ANY_CALLER} or {@link Access#OWNER}. */
  public static ApiRoute global(Method method, String path, Access access, String summary, Handler handler) {
    return new ApiRoute(method, path, null, access, summary, handler);
  }

  /** The role's wire name, or {@code authenticated} / {@code owner} for a route outside any workspace. */
  public String accessName() {
    return switch (access) {
      case WORKSPACE -> role == null ? "none" : role.wireName();
      case ANY_CALLER -> "authenticated";
      case OWNER -> "owner";
    };
  }
}
