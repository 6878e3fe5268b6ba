package strongroom.server.auth;

import java.time.Instant;

/** An API token's metadata; the token itself is never stored, only its SHA-256. */
public record ApiToken(String id, String workspaceId, Role role, Instant createdAt, String createdBy,
    Instant expiresAt, Instant revokedAt) {

  /** True when the token may be used at {@code now}: not revoked and not expired. */
  public boolean activeAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }
}
