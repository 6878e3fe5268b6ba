package strongroom.server.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import strongroom.secrets.Environments;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.SecretType;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.Role;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Caller;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;

/** {@code /workspaces/{ws}/secrets} and {@code /workspaces/{ws}/environments}: metadata only, never values. */
public final class SecretsResource implements HttpService {
  private static final String BASE = "/workspaces/{ws}/secrets";

  private final SecretStore store;
  private final SecretLocator locator;
  private final Guard guard;

  public SecretsResource(SecretStore store, Guard guard) {
    this.store = store;
    this.locator = new SecretLocator(store.secrets());
    this.guard = guard;
  }

  /** The routes, relative to {@code /api/v1}, with the role each needs. */
  public List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(Method.GET, BASE, Role.VIEWER, "List secrets (filters: name, environment, type)", this::list),
        new ApiRoute(Method.POST, BASE, Role.EDITOR, "Create a secret", this::create),
        new ApiRoute(Method.GET, BASE + "/by-name/{name}", Role.VIEWER,
            "Get a secret by name and ?environment=", this::getByName),
        new ApiRoute(Method.GET, BASE + "/{id}", Role.VIEWER, "Get a secret by id", this::get),
        new ApiRoute(Method.PATCH, BASE + "/{id}", Role.EDITOR, "Update a secret (expected_version)", this::update),
        new ApiRoute(Method.DELETE, BASE + "/{id}", Role.ADMIN, "Soft-delete a secret", this::delete),
        new ApiRoute(Method.POST, BASE + "/{id}/restore", Role.ADMIN, "Restore a deleted secret", this::restore),
        new ApiRoute(Method.POST, BASE + "/{id}/purge", Role.ADMIN, "Purge a deleted secret", this::purge),
        new ApiRoute(Method.GET, BASE + "/{id}/versions", Role.VIEWER, "List a secret's versions", this::versions),
        new ApiRoute(Method.POST, BASE + "/{id}/rollback", Role.EDITOR, "Roll back to a version", this::rollback),
        new ApiRoute(Method.GET, "/workspaces/{ws}/environments", Role.VIEWER, "Environments in use",
            this::environments));
  }

  @Override
  public void routing(HttpRules rules) {
    guard.register(rules, routes());
  }

  private void list(ServerRequest req, ServerResponse res) {
    String type = Params.query(req, "type");
    List<Secret> found = store.secrets().list(ws(req), Params.query(req, "name"), Params.query(req, "environment"),
        type == null ? null : SecretType.fromWireName(type), "true".equals(Params.query(req, "deleted")));
    Json.send(res, 200, Map.of("secrets", found.stream().map(Views::secret).toList()));
  }

  private void create(ServerRequest req, ServerResponse res) {
    SecretBodies.Create body = Json.read(req, SecretBodies.Create.class);
    Secret created = store.secrets().create(ws(req), body.toNewSecret(), Caller.of(req).actor());
    res.headers().set(HeaderNames.LOCATION, "/api/v1/workspaces/" + Params.path(req, "ws") + "/secrets/"
        + created.id());
    Json.send(res, 201, Views.secret(created));
  }

  private void getByName(ServerRequest req, ServerResponse res) {
    String environment = Environments.orDefault(Params.query(req, "environment"));
    Json.send(res, 200, Views.secret(store.secrets().get(ws(req), Params.path(req, "name"), environment)));
  }

  private void get(ServerRequest req, ServerResponse res) {
    SecretLocator.Place place = live(req);
    Json.send(res, 200, Views.secret(store.secrets().get(ws(req), place.name(), place.environment())));
  }

  private void update(ServerRequest req, ServerResponse res) {
    SecretBodies.Update body = Json.read(req, SecretBodies.Update.class);
    SecretLocator.Place place = live(req);
    Secret updated = store.secrets().update(ws(req), place.name(), place.environment(), body.toUpdate(),
        Caller.of(req).actor());
    Json.send(res, 200, Views.secret(updated));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    SecretLocator.Place place = live(req);
    store.secrets().delete(ws(req), place.name(), place.environment(), Caller.of(req).actor());
    res.status(204).send();
  }

  private void restore(ServerRequest req, ServerResponse res) {
    SecretLocator.Place place = deleted(req);
    Json.send(res, 200, Views.secret(store.secrets().restore(ws(req), place.name(), place.environment(),
        Caller.of(req).actor())));
  }

  private void purge(ServerRequest req, ServerResponse res) {
    SecretLocator.Place place = deleted(req);
    store.secrets().purge(ws(req), place.name(), place.environment(), Caller.of(req).actor());
    res.status(204).send();
  }

  private void versions(ServerRequest req, ServerResponse res) {
    SecretLocator.Place place = live(req);
    Json.send(res, 200, Map.of("versions", store.versions().list(ws(req), place.name(), place.environment())
        .stream().map(Views::version).toList()));
  }

  private void rollback(ServerRequest req, ServerResponse res) {
    SecretBodies.Rollback body = Json.read(req, SecretBodies.Rollback.class);
    SecretLocator.Place place = live(req);
    Json.send(res, 200, Views.secret(store.versions().rollback(ws(req), place.name(), place.environment(),
        body.target(), body.expectedVersion(), Caller.of(req).actor())));
  }

  private void environments(ServerRequest req, ServerResponse res) {
    Json.send(res, 200, Map.of("environments", store.secrets().environments(ws(req))));
  }

  private static String ws(ServerRequest req) {
    return Caller.of(req).workspace().id();
  }

  private SecretLocator.Place live(ServerRequest req) {
    SecretLocator.Place place = locator.find(ws(req), Params.path(req, "id"));
    if (place.deleted()) {
      throw new SecretNotFoundException("secret `" + Params.path(req, "id") + "` is deleted");
    }
    return place;
  }

  private SecretLocator.Place deleted(ServerRequest req) {
    SecretLocator.Place place = locator.find(ws(req), Params.path(req, "id"));
    if (!place.deleted()) {
      throw new strongroom.secrets.ConflictException(strongroom.secrets.ErrorCode.CONFLICT,
          "secret `" + Params.path(req, "id") + "` is not deleted");
    }
    return place;
  }
}
