package strongroom.server.api;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import strongroom.secrets.audit.AuditQuery;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.Role;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Caller;
import strongroom.server.http.Guard;
import strongroom.server.http.Instants;
import strongroom.server.http.Json;

/** {@code /workspaces/{ws}/audit}: the workspace's audit log, newest first; admins only. */
public final class AuditResource implements HttpService {

  private final SecretStore store;
  private final Guard guard;

  public AuditResource(SecretStore store, Guard guard) {
    this.store = store;
    this.guard = guard;
  }

  public List<ApiRoute> routes() {
    return List.of(new ApiRoute(Method.GET, "/workspaces/{ws}/audit", Role.ADMIN,
        "Audit log (filters: secret, actor, since, until, limit)", this::query));
  }

  @Override
  public void routing(HttpRules rules) {
    guard.register(rules, routes());
  }

  private void query(ServerRequest req, ServerResponse res) {
    AuditQuery filter = new AuditQuery(Caller.of(req).workspace().id(), false, Params.query(req, "secret"),
        Params.query(req, "actor"), null, time(req, "since"), time(req, "until"), Params.limit(req));
    Json.send(res, 200, Map.of("events", store.audit().query(filter).stream().map(Views::audit).toList()));
  }

  private static Instant time(ServerRequest req, String name) {
    return Instants.parse(name, Params.query(req, name));
  }
}
