package strongroom.secrets.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import strongroom.secrets.KeyInput;
import strongroom.secrets.SecretType;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Violation;

/**
 * The rules every stored secret obeys. Each check adds {@link Violation}s naming the field and the
 * rule; {@link #throwIfAny} turns them into one {@link ValidationException}. Patterns are fixed and
 * anchored, so java.util.regex is safe here (no user-supplied patterns).
 */
public final class SecretRules {
  public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");
  public static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
  public static final Pattern ENVIRONMENT = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
  public static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9_.:/-]{1,64}");
  public static final int MAX_KEYS = 100;
  public static final int MAX_VALUE_BYTES = 64 * 1024;
  public static final int MAX_SECRET_BYTES = 512 * 1024;
  public static final int MAX_DESCRIPTION = 1000;
  public static final int MAX_TAGS = 50;
  public static final int MAX_TAG_VALUE = 256;

  private SecretRules() {}

  public static void checkName(String field, String name, List<Violation> out) {
    if (name == null || name.isEmpty()) {
      out.add(new Violation(field, "required", "is required"));
    } else if (!NAME.matcher(name).matches()) {
      out.add(new Violation(field, "pattern",
          "must match ^[a-z][a-z0-9_]{0,99}$ (lower-case letter first, then lower-case letters,"
              + " digits or _; it is addressed as SECRETS.<name>.<key>)"));
    }
  }

  public static void checkEnvironment(String field, String environment, List<Violation> out) {
    if (environment == null || !ENVIRONMENT.matcher(environment).matches()) {
      out.add(new Violation(field, "pattern",
          "must match ^[a-z0-9][a-z0-9_.-]{0,63}$ (lower-case letters, digits, _ . -)"));
    }
  }

  /** {@link #checkEnvironment} alone: a {@link ValidationException} at {@code field} when it fails. */
  public static void requireEnvironment(String field, String environment) {
    List<Violation> violations = new ArrayList<>();
    checkEnvironment(field, environment, violations);
    throwIfAny(violations);
  }

  public static void checkDescription(String description, List<Violation> out) {
    if (description != null && description.length() > MAX_DESCRIPTION) {
      out.add(new Violation("description", "max_length", "must be at most " + MAX_DESCRIPTION + " characters"));
    }
  }

  public static void checkTags(Map<String, String> tags, List<Violation> out) {
    if (tags == null) {
      return;
    }
    if (tags.size() > MAX_TAGS) {
      out.add(new Violation("tags", "max_items", "must hold at most " + MAX_TAGS + " tags"));
    }
    for (Map.Entry<String, String> tag : new java.util.TreeMap<>(tags).entrySet()) {
      if (!TAG_KEY.matcher(tag.getKey()).matches()) {
        out.add(new Violation("tags", "pattern",
            "tag names must match ^[A-Za-z0-9_.:/-]{1,64}$"));
      }
      if (tag.getValue() == null || tag.getValue().length() > MAX_TAG_VALUE) {
        out.add(new Violation("tags." + tag.getKey(), "max_length",
            "tag values must be present and at most " + MAX_TAG_VALUE + " characters"));
      }
    }
  }

  /**
   * Checks key names, count, uniqueness and sizes of a key list as given. {@code allowEmptyValues}
   * is true for updates, where an empty value means "keep the stored one".
   */
  public static void checkKeys(List<KeyInput> keys, boolean allowEmptyValues, List<Violation> out) {
    if (keys.isEmpty()) {
      out.add(new Violation("keys", "min_items", "a secret needs at least one key"));
      return;
    }
    if (keys.size() > MAX_KEYS) {
      out.add(new Violation("keys", "max_items", "a secret holds at most " + MAX_KEYS + " keys"));
    }
    Set<String> seen = new HashSet<>();
    long total = 0;
    for (int i = 0; i < keys.size(); i++) {
      KeyInput input = keys.get(i);
      String field = "keys[" + i + "]";
      if (!KEY.matcher(input.key()).matches()) {
        out.add(new Violation(field + ".key", "pattern",
            "must match ^[A-Za-z_][A-Za-z0-9_]{0,99}$"));
      } else if (!seen.add(input.key())) {
        out.add(new Violation(field + ".key", "unique", "key `" + input.key() + "` is given twice"));
      }
      int size = input.value().length();
      total += size;
      if (size == 0 && !allowEmptyValues) {
        out.add(new Violation(field + ".value", "required", "key `" + safeKey(input.key()) + "` needs a value"));
      } else if (size > MAX_VALUE_BYTES) {
        out.add(new Violation(field + ".value", "max_bytes",
            "key `" + safeKey(input.key()) + "` is " + size + " bytes; a value holds at most 64 KiB"));
      } else if (!input.value().isValidUtf8()) {
        out.add(new Violation(field + ".value", "utf8", "key `" + safeKey(input.key()) + "` is not valid UTF-8 text"));
      }
    }
    if (total > MAX_SECRET_BYTES) {
      out.add(new Violation("keys", "max_bytes",
          "the values add up to " + total + " bytes; a secret holds at most 512 KiB"));
    }
  }

  /** A structured type takes exactly its key set. */
  public static void checkTypeKeys(SecretType type, Set<String> keyNames, List<Violation> out) {
    if (type.exactKeys().isEmpty() || type.exactKeys().equals(keyNames)) {
      return;
    }
    out.add(new Violation("keys", "type_keys",
        "a `" + type.wireName() + "` secret takes exactly the keys " + new TreeSet<>(type.exactKeys())
            + ", not " + new TreeSet<>(keyNames)));
  }

  public static void throwIfAny(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new ValidationException(new ArrayList<>(violations));
    }
  }

  /** Key names are quoted in messages only when they are well-formed, so no odd input is echoed. */
  private static String safeKey(String key) {
    return KEY.matcher(key).matches() ? key : "?";
  }
}
