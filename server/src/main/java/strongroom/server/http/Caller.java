package strongroom.server.http;

import io.helidon.webserver.http.ServerRequest;
import strongroom.secrets.Actor;
import strongroom.secrets.Workspace;
import strongroom.server.auth.ApiToken;

/** Who is calling, as established by the {@link Guard}: the token and the workspace it is bound to. */
public record Caller(ApiToken token, Workspace workspace) {
  /** The audit actor for this call. */
  public Actor actor() {
    return Actor.token(token.id());
  }

  /** The caller the guard attached to {@code req}; a route without a role has none. */
  public static Caller of(ServerRequest req) {
    return req.context().get(Caller.class, Caller.class)
        .orElseThrow(() -> new IllegalStateException("route has no authenticated caller"));
  }
}
