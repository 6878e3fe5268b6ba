package strongroom.secrets;

import java.util.List;
import java.util.stream.Collectors;

/** A resolve asked for secrets (or keys) that the environment does not hold; names every one of them. */
public final class MissingSecretsException extends SecretsException {
  private final String environment;
  private final List<String> missing;

  public MissingSecretsException(String environment, List<String> missing) {
    super(ErrorCode.MISSING_SECRETS, describe(environment, missing));
    this.environment = environment;
    this.missing = List.copyOf(missing);
  }

  public String environment() {
    return environment;
  }

  /** Missing secret names, or {@code name.KEY} for a missing key of a present secret. */
  public List<String> missing() {
    return missing;
  }

  private static String describe(String environment, List<String> missing) {
    String names = missing.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    return (missing.size() == 1 ? "secret " + names + " is" : "secrets " + names + " are")
        + " missing in environment `" + environment + "`";
  }
}
