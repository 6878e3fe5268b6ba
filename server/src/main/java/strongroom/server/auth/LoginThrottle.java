package strongroom.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Failed logins per presented username, in the database so every server sees them. The first
 * {@value #FREE_FAILURES} failures cost nothing; after that each attempt must wait a doubling delay
 * (1 s, 2 s, 4 s, …) after the last failure; at {@value #LOCK_AFTER} failures the name is locked for
 * {@link #LOCK_FOR}. Unknown usernames are tracked the same way, so the answers reveal nothing.
 */
final class LoginThrottle {
  static final int FREE_FAILURES = 3;
  static final int LOCK_AFTER = 10;
  static final Duration LOCK_FOR = Duration.ofMinutes(15);

  /** The stored key: lower case and bounded, so odd input maps to a row without growing the table's keys. */
  static String key(String username) {
    String k = username == null ? "" : username.toLowerCase(Locale.ROOT);
    return k.length() > 64 ? k.substring(0, 64) : k;
  }

  /** How long {@code key} must still wait at {@code now}, or empty when it may try. */
  Optional<Duration> waitFor(Handle handle, String key, Instant now) {
    Optional<Map<String, Object>> row = handle.createQuery(
            "SELECT failures, last_failure_at, locked_until FROM login_throttle WHERE username = :k")
        .bind("k", key)
        .mapToMap()
        .findOne();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    int failures = ((Number) row.get().get("failures")).intValue();
    Object locked = row.get().get("locked_until");
    if (locked != null) {
      Instant until = Times.instant(((Number) locked).longValue());
      if (now.isBefore(until)) {
        return Optional.of(Duration.between(now, until));
      }
      // The lock has run out: start counting afresh.
      reset(handle, key);
      return Optional.empty();
    }
    if (failures < FREE_FAILURES) {
      return Optional.empty();
    }
    Instant next = Times.instant(((Number) row.get().get("last_failure_at")).longValue())
        .plus(delayAfter(failures));
    return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
  }

  static Duration delayAfter(int failures) {
    return Duration.ofSeconds(1L << Math.min(failures - FREE_FAILURES, 10));
  }

  void recordFailure(Handle handle, String key, Instant now) {
    int updated = handle.createUpdate(
            "UPDATE login_throttle SET failures = failures + 1, last_failure_at = :now WHERE username = :k")
        .bind("now", Times.micros(now)).bind("k", key).execute();
    if (updated == 0) {
      handle.createUpdate("INSERT INTO login_throttle (username, failures, last_failure_at, locked_until)"
              + " VALUES (:k, 1, :now, NULL)")
          .bind("k", key).bind("now", Times.micros(now)).execute();
    }
    handle.createUpdate("UPDATE login_throttle SET locked_until = :until WHERE username = :k AND failures >= :n")
        .bind("until", Times.micros(now.plus(LOCK_FOR))).bind("k", key).bind("n", LOCK_AFTER).execute();
  }

  void reset(Handle handle, String key) {
    handle.createUpdate("DELETE FROM login_throttle WHERE username = :k").bind("k", key).execute();
  }
}
