package strongroom.secrets;

/** The change clashes with the stored state: a duplicate name, a stale expected version, a forbidden transition. */
public final class ConflictException extends SecretsException {
  public ConflictException(ErrorCode code, String message) {
    super(code, message);
  }

  public static ConflictException duplicate(String name, String environment) {
    return new ConflictException(
        ErrorCode.CONFLICT,
        "secret `" + name + "` already exists in environment `" + environment + "`");
  }

  public static ConflictException staleVersion(String name, String environment, int expected, int current) {
    return new ConflictException(
        ErrorCode.STALE_VERSION,
        "secret `" + name + "` in `" + environment + "` is at version " + current
            + ", not the expected " + expected + "; reload it and try again");
  }
}
