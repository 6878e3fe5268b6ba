package strongroom.server.auth;

/**
 * A newly created token and its one-time plaintext. Not a record, so no toString or equals can
 * reveal the token; read it with {@link #revealToken()} to show it to the operator once.
 */
public final class IssuedToken {
  private final ApiToken token;
  private final String plaintext;

  IssuedToken(ApiToken token, String plaintext) {
    this.token = token;
    this.plaintext = plaintext;
  }

  public ApiToken token() {
    return token;
  }

  /** The bearer token; shown once and never stored. */
  public String revealToken() {
    return plaintext;
  }

  @Override
  public String toString() {
    return "IssuedToken[" + token.id() + "]";
  }
}
