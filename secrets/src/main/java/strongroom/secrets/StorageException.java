package strongroom.secrets;

/** The database could not be reached or refused an operation; the message names the database, never data. */
public final class StorageException extends SecretsException {
  public StorageException(String message, Throwable cause) {
    super(ErrorCode.STORAGE, message, cause);
  }
}
