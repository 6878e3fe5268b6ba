package strongroom.server.web.workflows;

import java.util.List;

/**
 * The selected action of a canvas: what it runs, its arguments as written, what it waits for, and
 * each secret it needs with whether that secret is configured in the workflow's environment.
 */
public record ActionPanel(String ref, String action, String description, List<Argument> arguments,
    List<String> dependsOn, List<String> forEach, String runIf, String environment, List<SecretNeed> secrets,
    List<String> problems) {
  /** One argument: its name and its value as written (templates unevaluated; never a secret value). */
  public record Argument(String name, String value) {}

  /**
   * A secret the action reads: declared by its integration or referenced in its arguments. {@code status}
   * is {@code configured}, {@code missing}, {@code incomplete} or {@code optional}.
   */
  public record SecretNeed(String name, List<String> keys, String source, String status, String detail) {
    public boolean configured() {
      return "configured".equals(status);
    }
  }
}
