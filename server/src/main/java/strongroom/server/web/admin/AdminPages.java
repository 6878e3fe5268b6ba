package strongroom.server.web.admin;

import java.time.Instant;
import java.util.List;
import strongroom.secrets.ValidationException;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditQuery;
import strongroom.secrets.service.AuditLog;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.IssuedToken;
import strongroom.server.auth.Role;
import strongroom.server.auth.TokenIssuer;
import strongroom.server.http.Instants;
import strongroom.server.web.Display;
import strongroom.server.web.Page;
import strongroom.server.web.WebRoute;

/** The admin pages of a workspace: its API tokens (create, shown once; revoke) and its audit log. */
public final class AdminPages {
  private static final int AUDIT_LIMIT = 200;

  private final TokenIssuer issuer;
  private final AuditLog audit;

  public AdminPages(TokenIssuer issuer, AuditLog audit) {
    this.issuer = issuer;
    this.audit = audit;
  }

  public List<WebRoute> routes() {
    return List.of(
        WebRoute.get("/w/{ws}/tokens", Role.ADMIN, "tokens", this::tokens),
        WebRoute.post("/w/{ws}/tokens", Role.ADMIN, "tokens", this::createToken),
        WebRoute.post("/w/{ws}/tokens/{id}/revoke", Role.ADMIN, "tokens", this::revokeToken),
        WebRoute.get("/w/{ws}/audit", Role.ADMIN, "audit", this::audit));
  }

  /** The tokens page; {@code issued} is the token just created, shown this once, else null. */
  public record TokensView(List<TokenRow> tokens, String issued, String issuedRole, String error, String notice,
      String typedRole, String typedExpiry) {}

  /** One token: never the token itself. */
  public record TokenRow(String id, String role, String createdAt, String createdBy, String expiresAt,
      String state) {}

  /** The audit page: the filters and the events, newest first. */
  public record AuditView(String secret, String actor, String since, String until, List<EventRow> events,
      int limit, String error) {}

  /** One audit event as shown. */
  public record EventRow(String at, String actor, String action, String outcome, String secret, String environment,
      String version, String detail) {}

  private void tokens(Page page) {
    page.render("admin/tokens.jte", tokensView(page, null, null, null,
        "revoked".equals(page.query("done")) ? "Token revoked." : null, null, null));
  }

  private void createToken(Page page) {
    IssuedToken issued;
    try {
      issued = issuer.issue(page.actor(), page.workspaceId(), page.form().get("role"), page.form().get("expires_in"));
    } catch (ValidationException e) {
      page.render(422, "admin/tokens.jte", tokensView(page, null, null,
          "Not created: `" + e.violations().get(0).field() + "` " + e.violations().get(0).message() + ".", null,
          page.form().get("role"), page.form().get("expires_in")));
      return;
    }
    // Rendered in the answer to the POST, never put in a URL: the page is not cached (no-store).
    page.render(201, "admin/tokens.jte", tokensView(page, issued.revealToken(), issued.token().role().wireName(),
        null, null, null, null));
  }

  private void revokeToken(Page page) {
    issuer.revoke(page.actor(), page.workspaceId(), page.path("id"));
    page.redirect(page.chrome().path("/tokens?done=revoked"));
  }

  private TokensView tokensView(Page page, String issued, String issuedRole, String error, String notice,
      String typedRole, String typedExpiry) {
    Instant now = issuer.now();
    List<TokenRow> rows = issuer.list(page.workspaceId()).stream().map(t -> new TokenRow(t.id(), t.role().wireName(),
        Display.time(t.createdAt()), t.createdBy(), t.expiresAt() == null ? "never" : Display.time(t.expiresAt()),
        state(t, now))).toList();
    return new TokensView(rows, issued, issuedRole, error, notice, typedRole, typedExpiry);
  }

  private static String state(ApiToken t, Instant now) {
    return t.revokedAt() != null ? "revoked" : t.activeAt(now) ? "active" : "expired";
  }

  private void audit(Page page) {
    String since = page.query("since");
    String until = page.query("until");
    List<AuditEvent> events;
    try {
      events = audit.query(new AuditQuery(page.workspaceId(), false, page.query("secret"), page.query("actor"), null,
          Instants.parse("since", since), Instants.parse("until", until), AUDIT_LIMIT));
    } catch (ValidationException e) {
      page.render(422, "admin/audit.jte", new AuditView(page.query("secret"), page.query("actor"), since, until,
          List.of(), AUDIT_LIMIT, "`" + e.violations().get(0).field() + "` " + e.violations().get(0).message()));
      return;
    }
    page.render("admin/audit.jte", new AuditView(page.query("secret"), page.query("actor"), since, until,
        events.stream().map(e -> new EventRow(Display.time(e.at()), e.actor(), e.action().wireName(),
            e.outcome().name().toLowerCase(java.util.Locale.ROOT), e.secretName(), e.environment(),
            e.version() == null ? "" : "v" + e.version(), e.detail())).toList(), AUDIT_LIMIT, null));
  }
}
