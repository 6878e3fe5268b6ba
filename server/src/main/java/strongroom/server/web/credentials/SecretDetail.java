package strongroom.server.web.credentials;

import java.util.List;

/**
 * One secret's page: metadata, key names, whether it configures an integration (null when no
 * integration declares its name) and which actions use it, and its versions, newest first.
 */
public record SecretDetail(String id, String name, String environment, String type, String description,
    List<String> keyNames, boolean corrupted, boolean deleted, int currentVersion, String createdAt, String createdBy,
    String updatedAt, String updatedBy, Boolean configured, List<String> actions, List<Version> versions,
    String notice) {
  /** How a workflow reads the first key, e.g. <code>${{ SECRETS.virustotal.VIRUSTOTAL_API_KEY }}</code>. */
  public String reference() {
    return "${{ SECRETS." + name + "." + (keyNames.isEmpty() ? "KEY" : keyNames.get(0)) + " }}";
  }

  /** One stored version: its number and key names, when and by whom. */
  public record Version(int number, List<String> keyNames, String createdAt, String createdBy) {}
}
