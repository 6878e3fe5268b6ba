package strongroom.secrets.audit;

import java.time.Instant;

/** Filters for reading the audit log; null fields do not filter. Newest first, at most {@code limit}. */
public record AuditQuery(
    String workspaceId, String secretName, String actor, AuditAction action, Instant since, Instant until, int limit) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null, 1000);
  }
}
