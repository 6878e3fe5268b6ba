package strongroom.server.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import strongroom.engine.RunDetail;
import strongroom.engine.SaveResult;
import strongroom.engine.WorkflowNotFoundException;
import strongroom.engine.WorkflowService;
import strongroom.engine.definition.DefinitionParser;
import strongroom.engine.definition.WorkflowDefinition;
import strongroom.engine.history.SavedWorkflow;
import strongroom.engine.runner.RunOutcome;
import strongroom.secrets.ConflictException;
import strongroom.secrets.ErrorCode;
import strongroom.secrets.ValidationException;
import strongroom.server.auth.Role;
import strongroom.server.http.ApiRoute;
import strongroom.server.http.Caller;
import strongroom.server.http.Guard;
import strongroom.server.http.Json;

/**
 * {@code /workspaces/{ws}/workflows}: save (YAML or JSON), list, get, delete, run, runs and run
 * detail; and {@code /workspaces/{ws}/runs/{run}}, a run by id whether or not its workflow is saved.
 */
public final class WorkflowsResource implements HttpService {
  private static final String BASE = "/workspaces/{ws}/workflows";

  private final WorkflowService workflows;
  private final Guard guard;

  public WorkflowsResource(WorkflowService workflows, Guard guard) {
    this.workflows = workflows;
    this.guard = guard;
  }

  public List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(Method.GET, BASE, Role.VIEWER, "List workflows", this::list),
        new ApiRoute(Method.POST, BASE, Role.EDITOR, "Create a workflow from YAML or JSON", this::create),
        new ApiRoute(Method.GET, BASE + "/{id}", Role.VIEWER, "Get a workflow by id or alias", this::get),
        new ApiRoute(Method.PUT, BASE + "/{id}", Role.EDITOR, "Replace a workflow's definition", this::update),
        new ApiRoute(Method.DELETE, BASE + "/{id}", Role.ADMIN, "Delete a workflow; its runs stay readable",
            this::delete),
        new ApiRoute(Method.POST, BASE + "/{id}/runs", Role.EDITOR, "Run a workflow and wait for it", this::run),
        new ApiRoute(Method.GET, BASE + "/{id}/runs", Role.VIEWER, "List a workflow's runs (limit)", this::runs),
        new ApiRoute(Method.GET, BASE + "/{id}/runs/{run}", Role.VIEWER, "A run with its masked action results",
            this::runDetail),
        new ApiRoute(Method.GET, "/workspaces/{ws}/runs/{run}", Role.VIEWER,
            "A run by id, also of a deleted workflow or an unsaved file", this::runById));
  }

  @Override
  public void routing(HttpRules rules) {
    guard.register(rules, routes());
  }

  /** {@code POST …/workflows/{id}/runs}; both fields optional. */
  record RunBody(Map<String, Object> inputs, String environment) {}

  private void list(ServerRequest req, ServerResponse res) {
    Json.send(res, 200, Map.of("workflows", workflows.list(ws(req)).stream()
        .map(w -> WorkflowViews.workflow(w, false)).toList()));
  }

  private void create(ServerRequest req, ServerResponse res) {
    String source = SourceBody.read(req);
    WorkflowDefinition definition = DefinitionParser.parse(source).definition();
    if (definition != null && definition.alias() != null && find(req, definition.alias()) != null) {
      throw new ConflictException(ErrorCode.CONFLICT, "a workflow with that alias exists; PUT updates it");
    }
    SaveResult saved = workflows.save(ws(req), source, Caller.of(req).actor());
    res.headers().set(HeaderNames.LOCATION, "/api/v1/workspaces/" + Params.path(req, "ws") + "/workflows/"
        + saved.workflow().id());
    Json.send(res, saved.created() ? 201 : 200, WorkflowViews.saved(saved));
  }

  private void get(ServerRequest req, ServerResponse res) {
    Json.send(res, 200, WorkflowViews.workflow(workflow(req), true));
  }

  private void update(ServerRequest req, ServerResponse res) {
    SavedWorkflow existing = workflow(req);
    String source = SourceBody.read(req);
    WorkflowDefinition definition = DefinitionParser.parse(source).definition();
    if (definition != null && definition.alias() != null && !definition.alias().equals(existing.alias())) {
      throw ValidationException.of("alias", "unchanged", "must be the alias of the workflow being updated");
    }
    Json.send(res, 200, WorkflowViews.saved(workflows.save(ws(req), source, Caller.of(req).actor())));
  }

  private void delete(ServerRequest req, ServerResponse res) {
    workflows.delete(ws(req), Params.path(req, "id"));
    res.status(204).send();
  }

  private void run(ServerRequest req, ServerResponse res) {
    SavedWorkflow workflow = workflow(req);
    RunBody body = req.content().hasEntity() ? Json.read(req, RunBody.class) : new RunBody(null, null);
    if (body.environment() != null && !body.environment().isBlank()) {
      // An environment no secret can have is bad input, refused before a (failed) run is recorded.
      strongroom.secrets.validation.SecretRules.requireEnvironment("environment", body.environment());
    }
    // While the server drains for shutdown this throws EngineStoppingException: a 503 (ErrorResponses).
    RunOutcome outcome = workflows.run(ws(req), workflow.id(), body.inputs() == null ? Map.of() : body.inputs(),
        body.environment());
    res.headers().set(HeaderNames.LOCATION, "/api/v1/workspaces/" + Params.path(req, "ws") + "/workflows/"
        + workflow.id() + "/runs/" + outcome.runId());
    Json.send(res, 201, WorkflowViews.outcome(outcome));
  }

  private void runs(ServerRequest req, ServerResponse res) {
    SavedWorkflow workflow = workflow(req);
    Json.send(res, 200, Map.of("runs", workflows.runs(ws(req), workflow.id(), Params.limit(req)).stream()
        .map(WorkflowViews::run).toList()));
  }

  private void runDetail(ServerRequest req, ServerResponse res) {
    SavedWorkflow workflow = workflow(req);
    RunDetail detail = workflows.runDetail(ws(req), Params.path(req, "run"));
    if (!workflow.id().equals(detail.run().workflowId())) {
      throw new WorkflowNotFoundException("no run `" + Params.path(req, "run") + "` of that workflow");
    }
    Json.send(res, 200, WorkflowViews.detail(detail));
  }

  private void runById(ServerRequest req, ServerResponse res) {
    Json.send(res, 200, WorkflowViews.detail(workflows.runDetail(ws(req), Params.path(req, "run"))));
  }

  private SavedWorkflow workflow(ServerRequest req) {
    return workflows.get(ws(req), Params.path(req, "id"));
  }

  private SavedWorkflow find(ServerRequest req, String aliasOrId) {
    try {
      return workflows.get(ws(req), aliasOrId);
    } catch (WorkflowNotFoundException e) {
      return null;
    }
  }

  private static String ws(ServerRequest req) {
    return Caller.of(req).workspace().id();
  }
}
