package strongroom.secrets;

/** A key-term operation was refused (destroying a term that still wraps data keys, disabling the primary…). */
public final class KeyringException extends SecretsException {
  public KeyringException(String message) {
    super(ErrorCode.KEYRING, message);
  }
}
