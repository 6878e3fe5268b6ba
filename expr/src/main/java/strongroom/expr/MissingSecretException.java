package strongroom.expr;

/**
 * A {@code SECRETS.<name>.<key>} reference that the run cannot satisfy. Thrown by
 * {@link SecretsLookup}; names the secret and key as written in the source, never a value.
 */
public final class MissingSecretException extends ExprEvalException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final String key;

  private MissingSecretException(ExprErrorCode code, String name, String key, int position,
      String expression) {
    super(code, code == ExprErrorCode.SECRET_NOT_FOUND
        ? "secret '" + name + "' not found"
        : "secret '" + name + "' has no key '" + key + "'", position, expression);
    this.name = name;
    this.key = key;
  }

  /** The secret {@code name} is not available to the run. */
  public static MissingSecretException noSecret(String name, String key) {
    return new MissingSecretException(ExprErrorCode.SECRET_NOT_FOUND, name, key, 0, null);
  }

  /** The secret exists but holds no {@code key}. */
  public static MissingSecretException noKey(String name, String key) {
    return new MissingSecretException(ExprErrorCode.SECRET_KEY_NOT_FOUND, name, key, 0, null);
  }

  /** The secret name as written in the expression. */
  public String name() {
    return name;
  }

  /** The key as written in the expression. */
  public String key() {
    return key;
  }

  @Override
  protected ExprException withLocation(int position, String expression) {
    return new MissingSecretException(code(), name, key, position, expression);
  }
}
