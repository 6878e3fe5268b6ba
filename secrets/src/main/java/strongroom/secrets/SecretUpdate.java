package strongroom.secrets;

import java.util.List;
import java.util.Map;

/**
 * A partial change: only the non-null fields change. A given key list replaces the key set (a key
 * with an empty value keeps its stored value; a stored key left out is removed). A non-null
 * {@code expectedVersion} makes the update fail with a conflict when the secret has moved on.
 */
public record SecretUpdate(
    String name,
    String environment,
    String description,
    Map<String, String> tags,
    List<KeyInput> keys,
    Integer expectedVersion) {

  public SecretUpdate {
    tags = tags == null ? null : Map.copyOf(tags);
    keys = keys == null ? null : List.copyOf(keys);
  }

  public static SecretUpdate keys(List<KeyInput> keys, Integer expectedVersion) {
    return new SecretUpdate(null, null, null, null, keys, expectedVersion);
  }

  public boolean isEmpty() {
    return name == null && environment == null && description == null && tags == null && keys == null;
  }
}
