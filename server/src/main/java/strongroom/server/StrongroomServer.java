package strongroom.server;

import io.helidon.http.HttpMediaTypes;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import strongroom.engine.WorkflowService;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;
import strongroom.expr.Expressions;
import strongroom.secrets.service.SecretStore;
import strongroom.server.api.AuditResource;
import strongroom.server.api.DefinitionsResource;
import strongroom.server.api.HealthResource;
import strongroom.server.api.LoginResource;
import strongroom.server.api.MembersResource;
import strongroom.server.api.OpenApiDocument;
import strongroom.server.api.SecretsResource;
import strongroom.server.api.TokensResource;
import strongroom.server.api.WorkflowsResource;
import strongroom.server.api.WorkspacesResource;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.Sessions;
import strongroom.server.auth.TokenIssuer;
import strongroom.server.auth.Users;
import strongroom.server.http.ApiException;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.ErrorResponses;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;
import strongroom.server.http.RequestMetrics;
import strongroom.server.http.ResolveMetrics;
import strongroom.server.http.TransportErrors;
import strongroom.server.web.LoginPages;
import strongroom.server.web.WebRoute;
import strongroom.server.web.WebUi;
import strongroom.server.web.admin.AdminPages;
import strongroom.server.web.credentials.CredentialsPages;
import strongroom.server.web.workflows.WorkflowsPages;

/**
 * The HTTP server, wired in plain code: no service discovery, every feature listed here. Routing is
 * the static {@link #routing} method, which the tests use too.
 */
public final class StrongroomServer implements AutoCloseable {
  /** Prefix of every REST route. */
  public static final String API = "/api/v1";

  private final WebServer server;
  private final WorkflowService workflows;

  private StrongroomServer(WebServer server, WorkflowService workflows) {
    this.server = server;
    this.workflows = workflows;
  }

  /** The one workflow engine of a server: the standard registry, one expression evaluator. */
  public static WorkflowService workflowService(SecretStore store) {
    Expressions expressions = Expressions.create();
    return WorkflowService.create(store, expressions,
        StandardRegistry.builder(RegistryConfig.defaults(), expressions).build());
  }

  /** Starts a server on {@code host}:{@code port} (0 picks a free port) over an opened store. */
  public static StrongroomServer start(String host, int port, SecretStore store, Clock clock) {
    ApiTokens tokens = new ApiTokens(store, clock);
    Users users = new Users(store, clock);
    Sessions sessions = new Sessions(users, store.database(), clock);
    WorkflowService workflows = workflowService(store);
    WebServer server = WebServer.builder()
        .host(host)
        .port(port)
        // Discovery would pick up whatever features happen to be on the classpath; we list ours (none).
        .featuresDiscoverServices(false)
        // The process's own shutdown hook stops the server, then closes the store, in that order.
        .shutdownHook(false)
        // Json enforces 1 MiB (and Helidon drains such a body up to this limit, so the 413 arrives);
        // beyond it Helidon answers through TransportErrors and closes the connection.
        .maxPayloadSize(2L * Json.MAX_BODY)
        .mediaContext(MediaContext.builder()
            .mediaSupportsDiscoverServices(false)
            .addMediaSupport(JacksonSupport.create(Json.mapper()))
            .build())
        // Never echo a request entity or log full messages: a body may hold secret values.
        .errorHandling(errors -> errors.includeEntity(false).logAllMessages(false))
        .directHandlers(TransportErrors.handlers())
        .routing(routing -> routing(routing, store, tokens, users, sessions, workflows, clock))
        .build()
        .start();
    return new StrongroomServer(server, workflows);
  }

  /** All routes: health, metrics, the OpenAPI document, the API under {@value #API}, errors, and a JSON 404 for the rest. */
  public static void routing(HttpRouting.Builder routing, SecretStore store, ApiTokens tokens, Users users,
      Sessions sessions, WorkflowService workflows, Clock clock) {
    RequestMetrics metrics = new RequestMetrics();
    Guard guard = new Guard(tokens, sessions, users, store, metrics);
    Resources resources = new Resources(store, tokens, users, workflows, clock, guard);
    List<ApiRoute> apiRoutes = resources.routes();
    byte[] openApi = openApiBytes(apiRoutes);
    ResolveMetrics resolves = new ResolveMetrics(store.database());
    ErrorResponses.register(routing);
    routing.register(new HealthResource(store.database()));
    routing.get("/metrics", (req, res) -> {
      res.headers().contentType(HttpMediaTypes.PLAINTEXT_UTF_8);
      res.send(metrics.render() + resolves.render());
    });
    routing.get(API + "/openapi.json", (req, res) -> {
      res.headers().contentType(HttpMediaTypes.JSON_UTF_8);
      res.send(openApi);
    });
    routing.register(API, new LoginResource(sessions, guard));
    routing.register(API, resources.services());
    routing.register(webUi(store, tokens, sessions, workflows, guard, clock, metrics));
    routing.any((req, res) -> {
      metrics.record(req.prologue().method().text(), "unmatched", 404, 0);
      if (req.path().path().startsWith(API + "/")) {
        throw ApiException.notFound();
      }
      WebUi.notFound(res);
    });
  }

  /** The web UI's pages, checked by the same guard as the API. */
  public static WebUi webUi(SecretStore store, ApiTokens tokens, Sessions sessions, WorkflowService workflows,
      Guard guard, Clock clock, RequestMetrics metrics) {
    List<WebRoute> pages = new ArrayList<>();
    pages.addAll(new WorkflowsPages(workflows, store).routes());
    pages.addAll(new CredentialsPages(store, workflows.registry()).routes());
    pages.addAll(new AdminPages(new TokenIssuer(tokens, store.audit(), clock), store.audit()).routes());
    return new WebUi(guard, new LoginPages(sessions, guard), pages, metrics);
  }

  /** Every API route with its required role, for the documentation and its test. */
  public static List<ApiRoute> apiRoutes(SecretStore store, ApiTokens tokens) {
    Guard guard = new Guard(tokens, store, new RequestMetrics());
    return new Resources(store, tokens, null, null, Clock.systemUTC(), guard).routes();
  }

  /** The guarded API resources; their route tables are the guard's role table and the OpenAPI paths. */
  private record Resources(SecretStore store, ApiTokens tokens, Users users, WorkflowService workflows,
      Clock clock, Guard guard) {
    io.helidon.webserver.http.HttpService[] services() {
      return new io.helidon.webserver.http.HttpService[] {new WorkspacesResource(store, guard),
          new SecretsResource(store, guard),
          new AuditResource(store, guard), new WorkflowsResource(workflows, guard),
          new DefinitionsResource(store, workflows == null ? null : workflows.registry(), guard),
          new MembersResource(users, store.audit(), guard), new TokensResource(tokens, store.audit(), clock, guard)};
    }

    List<ApiRoute> routes() {
      List<ApiRoute> out = new ArrayList<>(new WorkspacesResource(store, guard).routes());
      out.addAll(new SecretsResource(store, guard).routes());
      out.addAll(new AuditResource(store, guard).routes());
      out.addAll(new WorkflowsResource(workflows, guard).routes());
      out.addAll(new DefinitionsResource(store, null, guard).routes());
      out.addAll(new MembersResource(users, store.audit(), guard).routes());
      out.addAll(new TokensResource(tokens, store.audit(), clock, guard).routes());
      return out;
    }
  }

  private static byte[] openApiBytes(List<ApiRoute> routes) {
    try {
      return Json.mapper().writeValueAsBytes(OpenApiDocument.build(API, routes));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the OpenAPI document", e);
    }
  }

  /** The port actually bound. */
  public int port() {
    return server.port();
  }

  /**
   * Lets requests in flight finish, then stops. Helidon's {@code stop()} closes the listener and
   * gives running requests its shutdown grace period (0.5 s by default) before interrupting them,
   * which cuts off a workflow run a caller is waiting on. So the engine drains first: new runs are
   * refused (503 {@code STOPPING}) and those in flight get up to 25 s to finish (inside the 30 s a
   * supervisor such as Kubernetes waits by default); then the listener stops, its grace covering the
   * answers being written, then the executor.
   */
  @Override
  public void close() {
    workflows.drain(java.time.Duration.ofSeconds(25));
    server.stop();
    workflows.close();
  }
}
