package strongroom.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import strongroom.secrets.storage.Database;

/**
 * Logins and sessions, kept in the database so several servers share them. The cookie value is 256
 * random bits; the CSRF token is derived from it ({@link #csrfTokenFor}), so a server-rendered page
 * can embed it in its forms without storing it. Only SHA-256 hashes of both are stored.
 */
public final class Sessions {
  /** The session cookie's name. */
  public static final String COOKIE = "strongroom_session";
  /** A session ends this long after login, however busy. */
  public static final Duration LIFETIME = Duration.ofHours(12);
  private static final String PREFIX = "srs_";

  private final Users users;
  private final Database database;
  private final Clock clock;
  private final LoginThrottle throttle = new LoginThrottle();
  private final SecureRandom random = new SecureRandom();

  public Sessions(Users users, Database database, Clock clock) {
    this.users = users;
    this.database = database;
    this.clock = clock;
  }

  /** Checks the password and opens a session; refused alike for unknown users and wrong passwords. */
  public NewSession login(String username, char[] password) {
    String key = LoginThrottle.key(username);
    Optional<Duration> wait = database.inTransaction(h -> throttle.waitFor(h, key, clock.instant()));
    if (wait.isPresent()) {
      throw new LoginRefusedException(wait.get());
    }
    // Hashing runs outside any transaction: it takes tens of milliseconds and needs no lock.
    Optional<User> user = users.checkPassword(username, password);
    if (user.isEmpty()) {
      database.inTransaction(h -> {
        throttle.recordFailure(h, key, clock.instant());
        return null;
      });
      throw new LoginRefusedException(null);
    }
    String cookie = randomToken(PREFIX);
    String csrf = csrfTokenFor(cookie);
    Instant now = clock.instant();
    Session session = new Session(UUID.randomUUID().toString(), user.get(), now.plus(LIFETIME), ApiTokens.hash(csrf));
    database.inTransaction(h -> {
      throttle.reset(h, key);
      h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now").bind("now", Times.micros(now)).execute();
      h.createUpdate("INSERT INTO sessions (id, token_hash, csrf_hash, user_id, created_at, expires_at)"
              + " VALUES (:id, :hash, :csrf, :user, :created, :expires)")
          .bind("id", session.id())
          .bind("hash", ApiTokens.hash(cookie))
          .bind("csrf", ApiTokens.hash(csrf))
          .bind("user", user.get().id())
          .bind("created", Times.micros(now))
          .bind("expires", Times.micros(session.expiresAt()))
          .execute();
      return null;
    });
    return new NewSession(session, cookie, csrf);
  }

  /** The live session for a presented cookie value, or empty when unknown or expired. */
  public Optional<Session> authenticate(String cookieValue) {
    if (cookieValue == null || !cookieValue.startsWith(PREFIX) || cookieValue.length() > 200) {
      return Optional.empty();
    }
    String hash = ApiTokens.hash(cookieValue);
    Optional<Map<String, Object>> row = database.withHandle(h -> h.createQuery(
            "SELECT id, csrf_hash, user_id, expires_at FROM sessions WHERE token_hash = :hash")
        .bind("hash", hash).mapToMap().findOne());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Instant expires = Times.instant(((Number) row.get().get("expires_at")).longValue());
    if (!clock.instant().isBefore(expires)) {
      return Optional.empty();
    }
    return users.findById((String) row.get().get("user_id")).map(user ->
        new Session((String) row.get().get("id"), user, expires, (String) row.get().get("csrf_hash")));
  }

  /** Ends the session at once, on every server. */
  public void logout(Session session) {
    database.inTransaction(h -> h.createUpdate("DELETE FROM sessions WHERE id = :id").bind("id", session.id())
        .execute());
  }

  /**
   * The CSRF token of the session whose cookie is {@code cookieValue}: HMAC-SHA256 keyed by the cookie.
   * Only a holder of the cookie can compute it, and the cookie is HttpOnly and SameSite=Strict.
   */
  public static String csrfTokenFor(String cookieValue) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(cookieValue.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          "HmacSHA256"));
      byte[] tag = mac.doFinal("strongroom csrf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private String randomToken(String prefix) {
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
