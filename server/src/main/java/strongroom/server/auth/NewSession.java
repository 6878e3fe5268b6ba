package strongroom.server.auth;

import java.time.Instant;

/** A session just created by a login: the cookie value and CSRF token, given to the client once. */
public final class NewSession {
  private final Session session;
  private final String cookieValue;
  private final String csrfToken;

  NewSession(Session session, String cookieValue, String csrfToken) {
    this.session = session;
    this.cookieValue = cookieValue;
    this.csrfToken = csrfToken;
  }

  public Session session() {
    return session;
  }

  public Instant expiresAt() {
    return session.expiresAt();
  }

  /** The session cookie's value; only its SHA-256 is stored. */
  public String revealCookieValue() {
    return cookieValue;
  }

  /** The CSRF token to send back as {@code X-CSRF-Token}; only its SHA-256 is stored. */
  public String revealCsrfToken() {
    return csrfToken;
  }

  @Override
  public String toString() {
    return "NewSession[" + session.id() + "]";
  }
}
