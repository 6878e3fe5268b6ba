package strongroom.secrets;

import java.util.List;
import java.util.Map;

/**
 * What a caller gives to create a secret. A null environment means {@code default}, a null type
 * {@code custom}.
 */
public record NewSecret(
    String name,
    String environment,
    SecretType type,
    String description,
    Map<String, String> tags,
    List<KeyInput> keys) {

  public NewSecret {
    environment = environment == null || environment.isEmpty() ? Environments.DEFAULT : environment;
    type = type == null ? SecretType.CUSTOM : type;
    description = description == null ? "" : description;
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    keys = keys == null ? List.of() : List.copyOf(keys);
  }

  public static NewSecret custom(String name, String environment, List<KeyInput> keys) {
    return new NewSecret(name, environment, SecretType.CUSTOM, null, null, keys);
  }
}
