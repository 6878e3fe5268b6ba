package strongroom.secrets;

/** The root key is missing, malformed or does not open the keyring: Strongroom refuses to start. */
public final class RootKeyException extends SecretsException {
  public RootKeyException(String message) {
    super(ErrorCode.ROOT_KEY, message);
  }

  public RootKeyException(String message, Throwable cause) {
    super(ErrorCode.ROOT_KEY, message, cause);
  }
}
