package strongroom.engine.definition;

import java.time.Duration;

/**
 * How often an invocation is tried ({@code max_attempts}, at least 1), the pause between tries, and
 * how long one try may take (null: the registry's default action timeout).
 */
public record RetryPolicy(int maxAttempts, Duration delay, Duration timeout) {
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, null);

  public RetryPolicy {
    maxAttempts = Math.max(1, maxAttempts);
    delay = delay == null ? Duration.ZERO : delay;
  }
}
