package strongroom.secrets;

import java.util.Objects;

/** Who did something: a user, an API token, a workflow run's action, or an operator at the CLI. */
public record Actor(Kind kind, String id) {
  /** The kinds of actor the audit log distinguishes. */
  public enum Kind { USER, TOKEN, RUN, OPERATOR, SYSTEM }

  public Actor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static Actor user(String username) {
    return new Actor(Kind.USER, username);
  }

  public static Actor token(String tokenId) {
    return new Actor(Kind.TOKEN, tokenId);
  }

  public static Actor run(String runId, String actionRef) {
    return new Actor(Kind.RUN, runId + "/" + actionRef);
  }

  public static Actor operator(String who) {
    return new Actor(Kind.OPERATOR, who);
  }

  public static Actor system() {
    return new Actor(Kind.SYSTEM, "strongroom");
  }

  /** The stored form, {@code kind:id}. */
  public String label() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }

  public static Actor parse(String label) {
    int colon = label.indexOf(':');
    if (colon < 0) {
      return new Actor(Kind.SYSTEM, label);
    }
    return new Actor(Kind.valueOf(label.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
        label.substring(colon + 1));
  }

  @Override
  public String toString() {
    return label();
  }
}
