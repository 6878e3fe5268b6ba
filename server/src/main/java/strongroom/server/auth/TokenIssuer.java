package strongroom.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import strongroom.secrets.Actor;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.service.AuditLog;

/**
 * API tokens as a workspace admin manages them, through the API or the web UI: issue with an
 * expiry like {@code 30d}, list, revoke; each change audited by token id, never the token.
 */
public final class TokenIssuer {
  private static final Pattern EXPIRY = Pattern.compile("([1-9][0-9]{0,5})([mhd])");

  private final ApiTokens tokens;
  private final AuditLog audit;
  private final Clock clock;

  public TokenIssuer(ApiTokens tokens, AuditLog audit, Clock clock) {
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new token for {@code workspaceId}; {@code expiresIn} null or blank means it never expires. */
  public IssuedToken issue(Actor actor, String workspaceId, String role, String expiresIn) {
    if (role == null || role.isBlank()) {
      throw ValidationException.of("role", "required", "must be viewer, editor or admin");
    }
    Role parsed = Role.fromWireName(role);
    IssuedToken issued = tokens.create(workspaceId, parsed, expiry(expiresIn), actor.label());
    audit.record(actor, AuditAction.TOKEN_CREATE, workspaceId,
        "token_id=" + issued.token().id() + " role=" + parsed.wireName());
    return issued;
  }

  /** The workspace's tokens, active or not. */
  public List<ApiToken> list(String workspaceId) {
    return tokens.list().stream().filter(t -> t.workspaceId().equals(workspaceId)).toList();
  }

  /** Revokes a token of {@code workspaceId}; another workspace's token is not found, whether or not it exists. */
  public void revoke(Actor actor, String workspaceId, String tokenId) {
    if (list(workspaceId).stream().noneMatch(t -> t.id().equals(tokenId))) {
      throw new SecretNotFoundException("no active API token with that id in this workspace");
    }
    tokens.revoke(tokenId);
    audit.record(actor, AuditAction.TOKEN_REVOKE, workspaceId, "token_id=" + tokenId);
  }

  /** The time now, by the issuer's clock, to tell active tokens from expired ones. */
  public Instant now() {
    return clock.instant();
  }

  private Instant expiry(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = EXPIRY.matcher(text.strip());
    if (!m.matches()) {
      throw ValidationException.of("expires_in", "duration", "must be a number with m, h or d, such as 30d");
    }
    long n = Long.parseLong(m.group(1));
    Duration d = switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
    return clock.instant().plus(d);
  }
}
