package strongroom.server.web;

import java.util.List;

/**
 * What the layout of every signed-in page shows: the user, the current workspace and role, the
 * workspaces to switch to, the CSRF token for forms, and which section is open.
 */
public record Chrome(String username, boolean owner, String workspace, String role, List<String> workspaces,
    String csrf, String section) {
  public Chrome {
    workspaces = List.copyOf(workspaces);
  }

  /** Whether the user is admin (or owner) in the current workspace: admin links show only then. */
  public boolean admin() {
    return "admin".equals(role) || "owner".equals(role);
  }

  /** Whether the user may change secrets and workflows here. */
  public boolean editor() {
    return admin() || "editor".equals(role);
  }

  /** The path of a page in the current workspace, e.g. {@code /w/default/credentials}. */
  public String path(String rest) {
    return "/w/" + Urls.segment(workspace) + rest;
  }

  @Override
  public String toString() {
    return "Chrome[" + username + ", " + workspace + "]";
  }
}
