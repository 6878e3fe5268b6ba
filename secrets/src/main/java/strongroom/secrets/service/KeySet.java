package strongroom.secrets.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import strongroom.secrets.KeyInput;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretValue;
import strongroom.secrets.Violation;
import strongroom.secrets.validation.PemValues;
import strongroom.secrets.validation.SecretRules;

/**
 * Builds the key map of a new version from what a caller gave, applying the type's rules: exact
 * key names, normalised and parsed PEM, and (on update) empty values keeping the stored ones. Every
 * value in the result is a fresh copy the caller destroys.
 */
final class KeySet {
  private KeySet() {}

  /** The map for a create; violations go to {@code out}. */
  static Map<String, SecretValue> forCreate(SecretType type, List<KeyInput> keys, List<Violation> out) {
    SecretRules.checkKeys(keys, false, out);
    return build(type, keys, Map.of(), out);
  }

  /** The map for an update of {@code stored}: an empty given value keeps the stored one. */
  static Map<String, SecretValue> forUpdate(SecretType type, List<KeyInput> keys, Map<String, SecretValue> stored,
      List<Violation> out) {
    SecretRules.checkKeys(keys, true, out);
    for (int i = 0; i < keys.size(); i++) {
      KeyInput input = keys.get(i);
      if (input.value().isEmpty() && !stored.containsKey(input.key())) {
        out.add(new Violation("keys[" + i + "].value", "required",
            "key `" + input.key() + "` is new, so it needs a value"));
      }
    }
    return build(type, keys, stored, out);
  }

  private static Map<String, SecretValue> build(SecretType type, List<KeyInput> keys, Map<String, SecretValue> stored,
      List<Violation> out) {
    Map<String, SecretValue> result = new TreeMap<>();
    if (!out.isEmpty()) {
      return result;
    }
    for (KeyInput input : keys) {
      SecretValue kept = stored.get(input.key());
      boolean keep = input.value().isEmpty() && kept != null;
      result.put(input.key(), SecretValue.copyOf(keep ? kept.copyBytes() : input.value().copyBytes()));
    }
    SecretRules.checkTypeKeys(type, result.keySet(), out);
    if (out.isEmpty()) {
      List<Violation> pem = new ArrayList<>();
      PemValues.checkAll(type, result, pem);
      out.addAll(pem);
      long total = result.values().stream().mapToLong(SecretValue::length).sum();
      if (total > SecretRules.MAX_SECRET_BYTES) {
        out.add(new Violation("keys", "max_bytes", "the values add up to " + total
            + " bytes; a secret holds at most 512 KiB"));
      }
    }
    if (!out.isEmpty()) {
      destroy(result);
    }
    return result;
  }

  /** True when both maps hold the same keys with the same values (constant time per value). */
  static boolean sameContent(Map<String, SecretValue> a, Map<String, SecretValue> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    boolean same = true;
    for (Map.Entry<String, SecretValue> entry : a.entrySet()) {
      same &= entry.getValue().sameAs(b.get(entry.getKey()));
    }
    return same;
  }

  static void destroy(Map<String, SecretValue> keys) {
    keys.values().forEach(SecretValue::destroy);
  }
}
