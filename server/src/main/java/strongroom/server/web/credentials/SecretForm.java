package strongroom.server.web.credentials;

import java.util.List;
import strongroom.secrets.SecretType;
import strongroom.secrets.Violation;

/**
 * The create and edit forms of a secret: what the fields show (names, never values), where the form
 * posts, and what was wrong with the last attempt. {@code definition} is the integration being
 * configured, if any.
 */
public record SecretForm(boolean editing, String action, String cancel, String name, String environment, String type,
    String description, List<KeyRow> rows, Integer expectedVersion, String definition, List<Violation> violations,
    String error) {
  public SecretForm {
    rows = List.copyOf(rows);
    violations = List.copyOf(violations);
  }

  /** Whether the type fixes its key names (PEM types): then rows cannot be added or removed. */
  public boolean structured() {
    return !SecretType.CUSTOM.wireName().equals(type);
  }

  /** Whether values typed in the last attempt were dropped: after a refused post, nothing is echoed. */
  public boolean valuesCleared() {
    return !violations.isEmpty() || error != null;
  }

  /** The message of the violation at {@code field}, or null. */
  public String problemAt(String field) {
    return violations.stream().filter(v -> v.field().equals(field)).map(Violation::message).findFirst().orElse(null);
  }

  /** Every type's wire name, in declaration order. */
  static final List<String> TYPES = java.util.Arrays.stream(SecretType.values()).map(SecretType::wireName).toList();

  /** Every type a form offers. */
  public List<String> types() {
    return TYPES;
  }

  /** A copy that reports a refused attempt. */
  SecretForm refused(List<Violation> found, String message) {
    return new SecretForm(editing, action, cancel, name, environment, type, description, rows, expectedVersion,
        definition, found, message);
  }

  @Override
  public String toString() {
    return "SecretForm[" + name + ", " + environment + "]";
  }
}
