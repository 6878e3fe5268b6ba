package strongroom.secrets;

/** The addressed secret, version, workspace or key term does not exist (or is deleted). */
public final class SecretNotFoundException extends SecretsException {
  public SecretNotFoundException(String message) {
    super(ErrorCode.NOT_FOUND, message);
  }

  public static SecretNotFoundException secret(String name, String environment) {
    return new SecretNotFoundException(
        "secret `" + name + "` does not exist in environment `" + environment + "`");
  }
}
