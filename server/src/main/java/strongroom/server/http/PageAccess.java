package strongroom.server.http;

import strongroom.secrets.Workspace;
import strongroom.server.auth.Role;

/**
 * What {@link Guard#pageAccess} established for a web page: the signed-in user, the CSRF token to
 * embed in the page's forms, and the workspace and role (both null outside a workspace).
 */
public record PageAccess(Principal principal, String csrfToken, Workspace workspace, Role role) {
  @Override
  public String toString() {
    return "PageAccess[" + principal.actor().label() + ", " + (workspace == null ? "-" : workspace.name()) + "]";
  }
}
