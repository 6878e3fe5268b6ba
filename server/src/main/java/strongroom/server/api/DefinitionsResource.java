package strongroom.server.api;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.docs.SecretUsage;
import strongroom.secrets.Secret;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.Role;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Caller;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;

/** {@code /workspaces/{ws}/definitions}: every registry secret, its keys, its actions, where it is configured. */
public final class DefinitionsResource implements HttpService {
  private final SecretStore store;
  private final Registry registry;
  private final Guard guard;

  public DefinitionsResource(SecretStore store, Registry registry, Guard guard) {
    this.store = store;
    this.registry = registry;
    this.guard = guard;
  }

  public List<ApiRoute> routes() {
    return List.of(new ApiRoute(Method.GET, "/workspaces/{ws}/definitions", Role.VIEWER,
        "Registry secrets: keys, actions, configured environments", this::list));
  }

  @Override
  public void routing(HttpRules rules) {
    guard.register(rules, routes());
  }

  private void list(ServerRequest req, ServerResponse res) {
    List<Secret> live = store.secrets().list(Caller.of(req).workspace().id(), null, null, null, false);
    List<Map<String, Object>> out = new ArrayList<>();
    for (SecretUsage u : SecretUsage.of(registry)) {
      // Configured: a live secret of that name with every required key (or one of only-optional keys).
      TreeSet<String> environments = new TreeSet<>();
      for (Secret s : live) {
        if (s.name().equals(u.name()) && u.configuredBy(s.keyNames())) {
          environments.add(s.environment());
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", u.name());
      row.put("keys", u.keys());
      row.put("optional_keys", u.optionalKeys());
      row.put("optional", u.optional());
      row.put("actions", u.actions());
      row.put("environments", List.copyOf(environments));
      out.add(row);
    }
    Json.send(res, 200, Map.of("definitions", out));
  }
}
