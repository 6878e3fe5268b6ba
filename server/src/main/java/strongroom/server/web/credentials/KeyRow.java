package strongroom.server.web.credentials;

/**
 * One key row of a secret form: its name only, never a value. {@code stored} marks a key the secret
 * already has (a blank value keeps it), {@code fixed} a name the type or integration sets, and
 * {@code multiline} a PEM value.
 */
public record KeyRow(String key, boolean stored, boolean required, boolean fixed, boolean multiline) {
  static KeyRow blank() {
    return new KeyRow("", false, false, false, false);
  }
}
