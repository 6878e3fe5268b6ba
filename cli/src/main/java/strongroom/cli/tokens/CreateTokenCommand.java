package strongroom.cli.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import strongroom.cli.StoreCommand;
import strongroom.cli.Times;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.IssuedToken;
import strongroom.server.auth.Role;

/** {@code tokens create}: issues a token bound to one workspace and role, and prints it once. */
@Command(name = "create", mixinStandardHelpOptions = true,
    description = "Create an API token for one workspace (the global --workspace, default `default`) and"
        + " role. The token is printed once, on stdout; only its hash is stored.")
final class CreateTokenCommand extends StoreCommand {
  private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,5})([mhd])");

  @Option(names = "--role", required = true, paramLabel = "R", description = "viewer, editor or admin.")
  private String role;

  @Option(names = "--expires", paramLabel = "DURATION", description = "Lifetime such as 90m, 12h or 30d; none by default.")
  private String expires;

  private Duration lifetime;

  @Override
  protected void checkArguments() {
    if (expires != null) {
      Matcher m = DURATION.matcher(expires);
      if (!m.matches()) {
        throw new ParameterException(spec.commandLine(), "--expires must look like 90m, 12h or 30d");
      }
      long n = Long.parseLong(m.group(1));
      lifetime = switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
  }

  @Override
  protected int run(SecretStore store) {
    Clock clock = Clock.systemUTC();
    Role parsed = Role.fromWireName(role);
    Instant expiresAt = lifetime == null ? null : clock.instant().plus(lifetime);
    IssuedToken issued = new ApiTokens(store, clock).create(workspace(), parsed, expiresAt, actor().label());
    store.audit().record(actor(), AuditAction.TOKEN_CREATE, issued.token().workspaceId(),
        "token_id=" + issued.token().id() + " role=" + parsed.wireName());
    err().println("strongroom: token " + issued.token().id() + " (" + parsed.wireName() + ", "
        + (expiresAt == null ? "no expiry" : "expires " + Times.iso(expiresAt)) + ")");
    err().println("strongroom: this is the only time the token is shown; store it now.");
    err().flush();
    out().println(issued.revealToken());
    out().flush();
    return 0;
  }
}
