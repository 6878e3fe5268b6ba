package strongroom.server.http;

import io.helidon.webserver.http.ServerRequest;
import strongroom.secrets.Actor;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.User;

/**
 * An authenticated caller of a route outside any one workspace, as established by the {@link Guard}:
 * the audit actor and either the token (bound to one workspace) or the session's user.
 */
public record Principal(Actor actor, ApiToken token, User user) {
  /** True for a session of an owner; a token is never an owner. */
  public boolean owner() {
    return user != null && user.owner();
  }

  /** A signed-in user: audited as {@code user:<name>}. */
  public static Principal ofUser(User user) {
    return new Principal(Actor.user(user.username()), null, user);
  }

  /** The principal the guard attached to {@code req}. */
  public static Principal of(ServerRequest req) {
    return req.context().get(Principal.class, Principal.class)
        .orElseThrow(() -> new IllegalStateException("route has no authenticated principal"));
  }
}
