package strongroom.secrets;

/** Machine-readable kinds of failure, stable across releases (HTTP bodies and exit codes use them). */
public enum ErrorCode {
  INVALID_INPUT,
  NOT_FOUND,
  CONFLICT,
  STALE_VERSION,
  MISSING_SECRETS,
  CORRUPTED,
  ROOT_KEY,
  KEYRING,
  STORAGE
}
