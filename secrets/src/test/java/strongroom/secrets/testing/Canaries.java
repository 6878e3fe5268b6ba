package strongroom.secrets.testing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Unique plaintext values planted in tests. Every one issued is remembered, so the
 * {@link CanaryWatch} extension can fail any test whose output contains one, and tests can check
 * exception messages, toString output and raw database columns.
 */
public final class Canaries {
  private static final List<String> ISSUED = new CopyOnWriteArrayList<>();

  private Canaries() {}

  /** A fresh canary value, e.g. {@code canary-3f2a…}. */
  public static String next() {
    String value = "canary-" + UUID.randomUUID().toString().replace("-", "");
    ISSUED.add(value);
    return value;
  }

  public static List<String> issued() {
    return List.copyOf(ISSUED);
  }

  /** The first issued canary that {@code text} contains, or null. */
  public static String foundIn(String text) {
    if (text == null) {
      return null;
    }
    for (String canary : ISSUED) {
      if (text.contains(canary)) {
        return canary;
      }
    }
    return null;
  }

  /** Fails when {@code text} contains any canary. */
  public static void assertAbsent(String what, String text) {
    String found = foundIn(text);
    if (found != null) {
      throw new AssertionError(what + " contains a planted secret value");
    }
  }
}
