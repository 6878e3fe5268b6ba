package strongroom.secrets.audit;

import java.time.Instant;

/**
 * Filters for reading the audit log; null fields do not filter. With a workspace, {@code
 * includeStoreWide} adds the events that belong to no workspace (key operations, verify runs).
 * Newest first, at most {@code limit}.
 */
public record AuditQuery(String workspaceId, boolean includeStoreWide, String secretName, String actor,
    AuditAction action, Instant since, Instant until, int limit) {

  public static AuditQuery all() {
    return new AuditQuery(null, false, null, null, null, null, null, 1000);
  }
}
