package strongroom.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** A live login session: its row id, the user, expiry, and a check of the CSRF token. */
public final class Session {
  private final String id;
  private final User user;
  private final Instant expiresAt;
  private final String csrfHash;

  Session(String id, User user, Instant expiresAt, String csrfHash) {
    this.id = id;
    this.user = user;
    this.expiresAt = expiresAt;
    this.csrfHash = csrfHash;
  }

  public String id() {
    return id;
  }

  public User user() {
    return user;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** True when {@code presented} is this session's CSRF token; compared in constant time. */
  public boolean csrfMatches(String presented) {
    if (presented == null || presented.length() > 200) {
      return false;
    }
    return MessageDigest.isEqual(ApiTokens.hash(presented).getBytes(StandardCharsets.US_ASCII),
        csrfHash.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "Session[" + id + ", " + user.username() + "]";
  }
}
