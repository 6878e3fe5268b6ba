package strongroom.secrets.audit;

import java.time.Instant;

/**
 * One audit record: who, what, which secret in which environment and version, when, and the
 * outcome. {@code detail} holds identifiers or an error code, never a value.
 */
public record AuditEvent(
    String id,
    Instant at,
    String actor,
    AuditAction action,
    Outcome outcome,
    String workspaceId,
    String secretId,
    String secretName,
    String environment,
    Integer version,
    String detail) {

  /** Whether the operation succeeded. */
  public enum Outcome { SUCCESS, FAILURE }
}
