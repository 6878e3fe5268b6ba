package strongroom.server.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import strongroom.secrets.KeyInput;
import strongroom.secrets.SecretValue;
import strongroom.secrets.ValidationException;

/**
 * One {@code {"key", "value"}} of a request. A final class, not a record, so that no toString or
 * equals can print the value; the value goes straight into a {@link SecretValue}.
 */
public final class KeyBody {
  private final String key;
  private final SecretValue value;

  @JsonCreator
  KeyBody(@JsonProperty("key") String key, @JsonProperty("value") String value) {
    this.key = key;
    this.value = value == null ? null : SecretValue.of(value);
  }

  /** The service input; a missing key or value is a violation at {@code field}. */
  KeyInput toInput(String field) {
    if (key == null) {
      throw ValidationException.of(field + ".key", "required", "is required");
    }
    return new KeyInput(key, value == null ? SecretValue.empty() : value);
  }

  @Override
  public String toString() {
    return "KeyBody[" + key + "]";
  }
}
