package strongroom.server.http;

import io.helidon.webserver.http.ServerRequest;
import strongroom.secrets.Actor;
import strongroom.secrets.Workspace;
import strongroom.server.auth.Role;

/**
 * Who is calling, as established by the {@link Guard}: the audit actor ({@code token:ID} or
 * {@code user:NAME}), the addressed workspace and the caller's role in it.
 */
public record Caller(Actor actor, Workspace workspace, Role role) {
  /** The caller the guard attached to {@code req}; a route without a role has none. */
  public static Caller of(ServerRequest req) {
    return req.context().get(Caller.class, Caller.class)
        .orElseThrow(() -> new IllegalStateException("route has no authenticated caller"));
  }
}
