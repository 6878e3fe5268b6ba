package strongroom.cli.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import strongroom.cli.StoreCommand;
import strongroom.cli.Table;
import strongroom.cli.Times;
import strongroom.secrets.Workspace;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.ApiToken;
import strongroom.server.auth.ApiTokens;

/** {@code tokens list}: every token's id, workspace, role, expiry and state; never a token itself. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List API tokens: id, workspace, role, created, expiry and state. Tokens themselves are not stored.")
final class ListTokensCommand extends StoreCommand {
  @Override
  protected int run(SecretStore store) {
    Map<String, String> names = new HashMap<>();
    for (Workspace ws : store.workspaces().list()) {
      names.put(ws.id(), ws.name());
    }
    Instant now = Instant.now();
    Table table = new Table("ID", "WORKSPACE", "ROLE", "CREATED", "EXPIRES", "STATE");
    for (ApiToken token : new ApiTokens(store, Clock.systemUTC()).list()) {
      String state = token.revokedAt() != null ? "revoked" : token.activeAt(now) ? "active" : "expired";
      table.row(token.id(), names.getOrDefault(token.workspaceId(), token.workspaceId()), token.role().wireName(),
          Times.shortIso(token.createdAt()), token.expiresAt() == null ? "never" : Times.shortIso(token.expiresAt()),
          state);
    }
    table.print(out());
    return 0;
  }
}
