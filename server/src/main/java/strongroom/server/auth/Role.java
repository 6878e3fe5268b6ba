package strongroom.server.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import strongroom.secrets.ValidationException;

/** A workspace role; each includes the ones before it: viewer &lt; editor &lt; admin. */
public enum Role {
  /** Reads metadata: secrets (key names only), versions, environments. */
  VIEWER,
  /** Also creates and updates secrets, and rolls them back. */
  EDITOR,
  /** Also deletes, restores and purges secrets, and reads the audit log. */
  ADMIN;

  /** True when this role may do what {@code required} may. */
  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  /** The stable stored and wire name. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromWireName(String name) {
    for (Role role : values()) {
      if (role.wireName().equals(name)) {
        return role;
      }
    }
    throw ValidationException.of("role", "one_of", "must be one of "
        + Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", ")));
  }
}
