package strongroom.server.web.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.SecretValue;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Violation;
import strongroom.server.web.FormBody;

/**
 * A posted secret form: the fields, and the key rows as parallel {@code key} and {@code value}
 * lists. Values go straight into {@link SecretValue}s; nothing here prints one.
 */
final class SubmittedSecret {
  private final String name;
  private final String environment;
  private final String type;
  private final String description;
  private final List<String> keys;
  private final List<String> values;
  private final Set<String> optionalKeys;
  /** The form row of each key input, in input order, as the last {@link #inputs} call made them. */
  private final List<Integer> submittedRows = new ArrayList<>();
  private static final java.util.regex.Pattern KEY_FIELD = java.util.regex.Pattern.compile("keys\\[(\\d+)\\](.*)");

  private SubmittedSecret(FormBody form) {
    this.name = orEmpty(form.get("name"));
    this.environment = orEmpty(form.get("environment"));
    this.type = orEmpty(form.get("type")).isEmpty() ? SecretType.CUSTOM.wireName() : form.get("type");
    this.description = orEmpty(form.get("description"));
    this.keys = form.all("key").stream().map(String::strip).toList();
    this.values = form.all("value");
    this.optionalKeys = Set.copyOf(form.all("optional_key"));
  }

  static SubmittedSecret of(FormBody form) {
    return new SubmittedSecret(form);
  }

  String name() {
    return name;
  }

  String environment() {
    return environment;
  }

  String type() {
    return type;
  }

  String description() {
    return description;
  }

  /** The rows to show again after a refused create: names as typed, values dropped. */
  List<KeyRow> rows() {
    return rowsAgainst(List.of());
  }

  /** The rows to show again after a refused edit, marking the keys the secret already stores. */
  List<KeyRow> rowsAgainst(List<String> stored) {
    boolean structured = !SecretType.CUSTOM.wireName().equals(type);
    List<KeyRow> rows = new ArrayList<>();
    for (String key : keys.subList(0, Math.min(keys.size(), values.size()))) {
      rows.add(new KeyRow(key, stored.contains(key), structured, structured, structured));
    }
    return rows.isEmpty() ? List.of(KeyRow.blank()) : rows;
  }

  NewSecret toNewSecret() {
    return new NewSecret(name, environment, SecretType.fromWireName(type), description, null, inputs(true));
  }

  /**
   * The change to {@code current}: name and environment only when they differ; blank values keep
   * theirs. When every value is blank and the key names are the stored ones, the keys are not part
   * of the change at all (an {@code ssh_key} can then still get a new description).
   */
  SecretUpdate toUpdate(Secret current, Integer expectedVersion) {
    String env = environment.isEmpty() ? strongroom.secrets.Environments.DEFAULT : environment;
    List<KeyInput> inputs = inputs(false);
    boolean keysUnchanged = inputs.stream().allMatch(k -> k.value().isEmpty())
        && inputs.stream().map(KeyInput::key).toList().equals(current.keyNames());
    return new SecretUpdate(name.equals(current.name()) ? null : name,
        env.equals(current.environment()) ? null : env, description, null, keysUnchanged ? null : inputs,
        expectedVersion);
  }

  /**
   * {@code violations} with each {@code keys[i]} renamed to the form row it came from: blank rows are
   * left out before the store numbers the keys, so its index is not the row's.
   */
  List<Violation> onFormRows(List<Violation> violations) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : violations) {
      java.util.regex.Matcher m = KEY_FIELD.matcher(v.field());
      if (m.matches() && Integer.parseInt(m.group(1)) < submittedRows.size()) {
        out.add(new Violation("keys[" + submittedRows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2), v.rule(),
            v.message()));
      } else {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The key inputs. Wholly blank rows are left out; on create so is an optional integration key left
   * blank. A value without a key name is refused, naming the row.
   */
  private List<KeyInput> inputs(boolean creating) {
    if (keys.size() != values.size()) {
      throw ValidationException.of("keys", "paired", "each key row needs a name field and a value field");
    }
    List<KeyInput> out = new ArrayList<>();
    submittedRows.clear();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      String value = values.get(i);
      if (value.isEmpty() && (key.isEmpty() || (creating && optionalKeys.contains(key)))) {
        continue;
      }
      if (key.isEmpty()) {
        throw ValidationException.of("keys[" + i + "].key", "required", "a value needs a key name");
      }
      out.add(new KeyInput(key, value.isEmpty() ? SecretValue.empty() : SecretValue.of(value)));
      submittedRows.add(i);
    }
    return out;
  }

  /** A positive integer form field, else a violation naming it. */
  static int positive(String text, String field) {
    try {
      int n = Integer.parseInt(text == null ? "" : text);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the violation
    }
    throw ValidationException.of(field, "positive", "must be a whole number of 1 or more");
  }

  /** The form's {@code expected_version}, if given. */
  static Integer expectedVersionOf(FormBody form) {
    String text = form.get("expected_version");
    return text == null || text.isEmpty() ? null : positive(text, "expected_version");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return "SubmittedSecret[" + name + ", " + environment + ", keys " + keys + "]";
  }
}
