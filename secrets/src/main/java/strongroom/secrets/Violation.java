package strongroom.secrets;

import java.util.Objects;

/**
 * One broken rule: the field it concerns ({@code name}, {@code keys[1].key}), a stable rule id
 * ({@code pattern}, {@code max_length}…) and a sentence for people. Never carries a value.
 */
public record Violation(String field, String rule, String message) {
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message + " [" + rule + "]";
  }
}
