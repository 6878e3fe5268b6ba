package strongroom.secrets;

/**
 * Root of every failure the secrets module reports on purpose.
 *
 * <p>Messages name identifiers (secret names, environments, fields, key names), never a value.
 */
public abstract class SecretsException extends RuntimeException {
  private final ErrorCode code;

  protected SecretsException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  protected SecretsException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The machine-readable kind of failure. */
  public ErrorCode code() {
    return code;
  }
}
