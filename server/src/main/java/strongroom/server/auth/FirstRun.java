package strongroom.server.auth;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Creates the first user, {@code admin} (an owner), when the store has no user yet. The password is
 * taken from {@code STRONGROOM_ADMIN_PASSWORD} (and then never printed) or generated and printed
 * once on stderr, since nobody could log in otherwise.
 */
public final class FirstRun {
  /** The environment variable that supplies the first admin's password. */
  public static final String PASSWORD_ENV = "STRONGROOM_ADMIN_PASSWORD";
  public static final String ADMIN = "admin";

  private FirstRun() {}

  /**
   * Creates {@code admin} if there is no user; returns true when it did. If another server created it
   * at the same moment (a unique violation), that counts as done: returns false and prints nothing.
   */
  public static boolean ensureAdmin(Users users, String envPassword, PrintWriter err) {
    if (users.count() > 0) {
      return false;
    }
    boolean generated = envPassword == null || envPassword.isEmpty();
    char[] password = generated ? generate() : envPassword.toCharArray();
    try {
      try {
        users.create(ADMIN, password, true);
      } catch (RuntimeException e) {
        // Another server sharing the database created it at the same moment (the insert lost on the
        // unique username): that is done, and there is nothing to print.
        if (users.find(ADMIN).isPresent()) {
          return false;
        }
        throw e;
      }
      if (generated) {
        err.println("strongroom: created user `admin` (owner); its one-time password, shown only now: "
            + new String(password));
      } else {
        err.println("strongroom: created user `admin` (owner) with the password from " + PASSWORD_ENV);
      }
      err.flush();
      return true;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] generate() {
    byte[] raw = new byte[18];
    new SecureRandom().nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw).toCharArray();
  }
}
