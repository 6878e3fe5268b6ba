package strongroom.cli.tokens;

import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import strongroom.cli.StoreCommand;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.ApiTokens;

/** {@code tokens revoke ID}: the token stops working at once, on every server sharing the database. */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token by id.")
final class RevokeTokenCommand extends StoreCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The token id shown by `tokens create` and `tokens list`.")
  private String id;

  @Override
  protected int run(SecretStore store) {
    ApiTokens tokens = new ApiTokens(store, Clock.systemUTC());
    String workspaceId = tokens.list().stream().filter(t -> t.id().equals(id)).map(t -> t.workspaceId())
        .findFirst().orElse(null);
    tokens.revoke(id);
    store.audit().record(actor(), AuditAction.TOKEN_REVOKE, workspaceId, "token_id=" + id);
    out().println("revoked " + id);
    return 0;
  }
}
