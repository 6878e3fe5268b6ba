package strongroom.server.auth;

import java.time.Duration;

/**
 * A refused login. The message is the same whether the user exists or not; {@link #retryAfter} is
 * set when the username is being slowed down or locked, never revealing which users exist.
 */
public final class LoginRefusedException extends RuntimeException {
  private final Duration retryAfter;

  LoginRefusedException(Duration retryAfter) {
    super(retryAfter == null ? "wrong username or password" : "too many failed logins; try again later",
        null, false, false);
    this.retryAfter = retryAfter;
  }

  /** How long to wait before the next attempt, or null for a plain wrong username or password. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** {@link #retryAfter} in whole seconds, rounded up and at least 1, for a {@code Retry-After} header. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
