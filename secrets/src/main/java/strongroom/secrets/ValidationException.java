package strongroom.secrets;

import java.util.List;
import java.util.stream.Collectors;

/** Input broke one or more rules; nothing was written. Lists every violation, not just the first. */
public final class ValidationException extends SecretsException {
  private final List<Violation> violations;

  public ValidationException(List<Violation> violations) {
    super(ErrorCode.INVALID_INPUT, describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public static ValidationException of(String field, String rule, String message) {
    return new ValidationException(List.of(new Violation(field, rule, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return "invalid input: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
