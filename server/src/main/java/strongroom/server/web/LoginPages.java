package strongroom.server.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import strongroom.server.auth.LoginRefusedException;
import strongroom.server.auth.NewSession;
import strongroom.server.auth.Sessions;
import strongroom.server.http.ApiException;
import strongroom.server.http.Cookies;
import strongroom.server.http.Guard;

/**
 * {@code GET /login}, {@code POST /login} and {@code POST /logout}. Before a session exists, the
 * login form is protected by a double-submit token: a random cookie the form must repeat.
 */
public final class LoginPages {
  static final String LOGIN_COOKIE = "strongroom_login";
  private static final java.util.regex.Pattern SAFE_NEXT =
      java.util.regex.Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

  private final Sessions sessions;
  private final Guard guard;
  private final SecureRandom random = new SecureRandom();

  public LoginPages(Sessions sessions, Guard guard) {
    this.sessions = sessions;
    this.guard = guard;
  }

  /** The login form's model: the username to keep (never the password), where to go next, an error. */
  public record LoginView(String csrf, String username, String next, String error) {}

  void register(HttpRules rules) {
    rules.get("/login", this::form);
    rules.post("/login", this::login);
    rules.post("/logout", this::logout);
  }

  private void form(ServerRequest req, ServerResponse res) {
    if (guard.session(req).isPresent()) {
      Page.redirect(res, safeNext(req.query().first("next").orElse(null)));
      return;
    }
    show(req, res, 200, null, req.query().first("next").orElse(null), null);
  }

  private void login(ServerRequest req, ServerResponse res) {
    FormBody form;
    try {
      form = FormBody.read(req);
    } catch (ApiException e) {
      WebUi.error(res, null, e.status(), e.getMessage());
      return;
    }
    String expected = Cookies.value(req, LOGIN_COOKIE).orElse("");
    String presented = form.get("_csrf");
    if (expected.isEmpty() || presented == null || !MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII))) {
      show(req, res, 403, form.get("username"), form.get("next"), "The form expired. Sign in again.");
      return;
    }
    String username = form.get("username");
    String password = form.raw("password");
    if (username == null || password == null || password.isEmpty()) {
      show(req, res, 422, username, form.get("next"), "Enter your username and password.");
      return;
    }
    NewSession created;
    try {
      created = sessions.login(username, password.toCharArray());
    } catch (LoginRefusedException e) {
      if (e.retryAfter() != null) {
        long seconds = e.retryAfterSeconds();
        res.headers().set(HeaderNames.RETRY_AFTER, Long.toString(seconds));
        show(req, res, 429, username, form.get("next"),
            "Too many failed attempts. Try again in " + seconds + " seconds.");
      } else {
        show(req, res, 401, username, form.get("next"), "Wrong username or password.");
      }
      return;
    }
    res.headers().add(HeaderNames.SET_COOKIE, Cookies.setCookie(Sessions.COOKIE, created.revealCookieValue(),
        Sessions.LIFETIME.toSeconds(), req.isSecure()));
    res.headers().add(HeaderNames.SET_COOKIE, Cookies.setCookie(LOGIN_COOKIE, "", 0, req.isSecure()));
    Page.redirect(res, safeNext(form.get("next")));
  }

  private void logout(ServerRequest req, ServerResponse res) {
    try {
      guard.pageAccess(req, null, () -> FormBody.read(req).get("_csrf"));
      guard.session(req).ifPresent(sessions::logout);
    } catch (ApiException e) {
      // Without a live session there is nothing to end: clear the cookie all the same.
      if (e.status() != 401) {
        WebUi.error(res, null, e.status(), e.getMessage());
        return;
      }
    }
    res.headers().add(HeaderNames.SET_COOKIE, Cookies.setCookie(Sessions.COOKIE, "", 0, req.isSecure()));
    Page.redirect(res, "/login");
  }

  private void show(ServerRequest req, ServerResponse res, int status, String username, String next, String error) {
    byte[] raw = new byte[24];
    random.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    res.headers().add(HeaderNames.SET_COOKIE, Cookies.setCookie(LOGIN_COOKIE, token, 3600, req.isSecure()));
    Map<String, Object> params = new HashMap<>();
    params.put("model", new LoginView(token, username, safeNext(next), error));
    Page.send(res, status, Templates.render("login.jte", params));
  }

  /**
   * Only a path on this server, of plain URL characters: an absolute or protocol-relative URL would
   * be an open redirect, and browsers drop tabs and newlines, so {@code /\t/evil} would become one.
   */
  static String safeNext(String next) {
    if (next == null || !SAFE_NEXT.matcher(next).matches() || next.startsWith("/login")) {
      return "/";
    }
    return next;
  }
}
