package strongroom.server.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Map;
import strongroom.secrets.storage.Database;
import strongroom.server.http.ErrorResponses;
import strongroom.server.http.Json;

/** {@code /healthz} (the process answers) and {@code /readyz} (the database answers too). No authentication. */
public final class HealthResource implements HttpService {
  private final Database database;

  public HealthResource(Database database) {
    this.database = database;
  }

  @Override
  public void routing(HttpRules rules) {
    rules.get("/healthz", (req, res) -> Json.send(res, 200, Map.of("status", "ok")));
    rules.get("/readyz", (req, res) -> {
      boolean ready;
      try {
        ready = database.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
      } catch (RuntimeException e) {
        ready = false;
      }
      if (ready) {
        Json.send(res, 200, Map.of("status", "ready", "database", "ok"));
      } else {
        ErrorResponses.send(res, 503, "NOT_READY", "the database is unavailable", java.util.List.of());
      }
    });
  }
}
