package strongroom.secrets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a secret holds; structured types fix their key names and have their PEM values parsed. */
public enum SecretType {
  CUSTOM("custom", Set.of()),
  SSH_KEY("ssh_key", Set.of("PRIVATE_KEY")),
  MTLS("mtls", Set.of("TLS_CERTIFICATE", "TLS_PRIVATE_KEY")),
  CA_CERT("ca_cert", Set.of("CA_CERTIFICATE"));

  private final String wireName;
  private final Set<String> exactKeys;

  SecretType(String wireName, Set<String> exactKeys) {
    this.wireName = wireName;
    this.exactKeys = exactKeys;
  }

  /** The stable name used in storage, the API and the CLI. */
  public String wireName() {
    return wireName;
  }

  /** The exact key set a structured type requires; empty for {@link #CUSTOM}, which takes any keys. */
  public Set<String> exactKeys() {
    return exactKeys;
  }

  public static SecretType fromWireName(String name) {
    for (SecretType type : values()) {
      if (type.wireName.equals(name)) {
        return type;
      }
    }
    throw ValidationException.of("type", "one_of",
        "must be one of " + Arrays.stream(values()).map(SecretType::wireName)
            .collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return wireName.toLowerCase(Locale.ROOT);
  }
}
