package strongroom.secrets;

import java.util.Objects;

/** One key of a secret as given by a caller; an empty value on update means "keep the stored value". */
public record KeyInput(String key, SecretValue value) {
  public KeyInput {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  public static KeyInput of(String key, String value) {
    return new KeyInput(key, SecretValue.of(value));
  }
}
