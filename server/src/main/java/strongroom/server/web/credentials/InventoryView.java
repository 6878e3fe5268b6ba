package strongroom.server.web.credentials;

import java.util.List;

/**
 * The Credentials page: secrets grouped by name with one row per environment, the integrations the
 * registry declares and where each is configured, and the filters that produced them.
 */
public record InventoryView(Filters filters, List<String> environments, List<String> types, List<Group> groups,
    List<Integration> integrations, int total, String notice) {
  public InventoryView {
    environments = List.copyOf(environments);
    types = List.copyOf(types);
    groups = List.copyOf(groups);
    integrations = List.copyOf(integrations);
  }

  /** The filters as given: substring of the name, exact environment and type, configured yes/no. */
  public record Filters(String name, String environment, String type, String configured) {
    public boolean any() {
      return name != null || environment != null || type != null || configured != null;
    }
  }

  /** One secret name: whether the registry knows it, and its copies by environment. */
  public record Group(String name, boolean integration, List<Row> rows) {}

  /**
   * One stored copy. {@code configured} is null for a name no integration declares, else whether the
   * copy has the keys the integration needs.
   */
  public record Row(String id, String environment, String type, List<String> keyNames, boolean corrupted,
      Boolean configured, int version, String updatedAt, String updatedBy, String description) {}

  /** A secret the registry's actions declare, with the environments where it is configured. */
  public record Integration(String name, List<String> keys, List<String> optionalKeys, boolean optional,
      List<String> actions, List<String> configuredIn) {}
}
