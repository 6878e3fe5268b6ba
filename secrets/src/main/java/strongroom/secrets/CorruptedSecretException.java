package strongroom.secrets;

/** A stored version failed to verify (tampered, copied elsewhere, or sealed by an unusable key). */
public final class CorruptedSecretException extends SecretsException {
  private final String name;
  private final String environment;
  private final int version;
  private final String reason;

  public CorruptedSecretException(String name, String environment, int version, String reason) {
    super(ErrorCode.CORRUPTED,
        "secret `" + name + "` in environment `" + environment + "` (version " + version
            + ") is corrupted: " + reason);
    this.name = name;
    this.environment = environment;
    this.version = version;
    this.reason = reason;
  }

  /** What failed to verify, as a fixed phrase. */
  public String reason() {
    return reason;
  }

  public String name() {
    return name;
  }

  public String environment() {
    return environment;
  }

  public int version() {
    return version;
  }
}
