package strongroom.server.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.secrets.ValidationException;
import strongroom.server.auth.LoginRefusedException;
import strongroom.server.auth.NewSession;
import strongroom.server.auth.Session;
import strongroom.server.auth.Sessions;
import strongroom.server.http.ApiException;
import strongroom.server.http.Cookies;
import strongroom.server.http.ErrorResponses;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;

/** {@code POST /login} (sets the session cookie, returns the CSRF token) and {@code POST /logout}. */
public final class LoginResource implements HttpService {
  private final Sessions sessions;
  private final Guard guard;

  public LoginResource(Sessions sessions, Guard guard) {
    this.sessions = sessions;
    this.guard = guard;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.post("/login", this::login);
    rules.post("/logout", this::logout);
  }

  /** The login body; toString is overridden so the password can never be printed. */
  record LoginBody(String username, String password) {
    @Override
    public String toString() {
      return "LoginBody[" + username + "]";
    }
  }

  private void login(ServerRequest req, ServerResponse res) {
    LoginBody body = Json.read(req, LoginBody.class);
    if (body.username() == null || body.password() == null) {
      throw ValidationException.of(body.username() == null ? "username" : "password", "required", "is required");
    }
    NewSession created;
    try {
      created = sessions.login(body.username(), body.password().toCharArray());
    } catch (LoginRefusedException e) {
      if (e.retryAfter() == null) {
        throw new ApiException(401, "UNAUTHENTICATED", e.getMessage());
      }
      long seconds = e.retryAfterSeconds();
      res.headers().set(HeaderNames.RETRY_AFTER, Long.toString(seconds));
      ErrorResponses.send(res, 429, "TOO_MANY_ATTEMPTS", e.getMessage(), List.of());
      return;
    }
    res.headers().add(HeaderNames.SET_COOKIE, Cookies.setCookie(Sessions.COOKIE, created.revealCookieValue(),
        Sessions.LIFETIME.toSeconds(), req.isSecure()));
    res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("username", created.session().user().username());
    out.put("owner", created.session().user().owner());
    out.put("csrf_token", created.revealCsrfToken());
    out.put("expires_at", created.expiresAt().toString());
    Json.send(res, 200, out);
  }

  private void logout(ServerRequest req, ServerResponse res) {
    Session session = guard.session(req).orElseThrow(ApiException::unauthorized);
    if (!session.csrfMatches(req.headers().first(Guard.CSRF_HEADER).orElse(null))) {
      throw ApiException.forbidden("a request that changes state needs the session's X-CSRF-Token header");
    }
    sessions.logout(session);
    res.headers().add(HeaderNames.SET_COOKIE, Cookies.setCookie(Sessions.COOKIE, "", 0, req.isSecure()));
    res.status(204).send();
  }
}
