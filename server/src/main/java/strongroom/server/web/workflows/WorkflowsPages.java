package strongroom.server.web.workflows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.InvalidWorkflowException;
import strongroom.engine.RunDetail;
import strongroom.engine.SaveResult;
import strongroom.engine.WorkflowNotFoundException;
import strongroom.engine.WorkflowService;
import strongroom.engine.definition.ActionReferences;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.definition.DefinitionParser;
import strongroom.engine.definition.DependencyGraph;
import strongroom.engine.definition.Problem;
import strongroom.engine.definition.ValidationReport;
import strongroom.engine.definition.WorkflowDefinition;
import strongroom.engine.history.ActionResult;
import strongroom.engine.history.RunRecord;
import strongroom.engine.history.SavedWorkflow;
import strongroom.engine.runner.RunOutcome;
import strongroom.secrets.Environments;
import strongroom.secrets.SecretsException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Violation;
import strongroom.secrets.validation.SecretRules;
import strongroom.server.auth.Role;
import strongroom.server.http.Json;
import strongroom.server.web.Display;
import strongroom.server.web.Page;
import strongroom.server.web.Urls;
import strongroom.server.web.WebRoute;

/**
 * The Workflows pages: the list, a workflow's canvas with its action panel, Configuration section,
 * problems, run form and runs, the definition editor, and a run's masked results.
 */
public final class WorkflowsPages {
  private static final String BASE = "/w/{ws}/workflows";
  private static final String SECTION = "workflows";

  private final WorkflowService workflows;
  private final SecretNeeds needs;

  public WorkflowsPages(WorkflowService workflows, strongroom.secrets.service.SecretStore store) {
    this.workflows = workflows;
    this.needs = new SecretNeeds(store, workflows.registry());
  }

  public List<WebRoute> routes() {
    return List.of(
        WebRoute.get(BASE, Role.VIEWER, SECTION, this::list),
        WebRoute.get(BASE + "/new", Role.EDITOR, SECTION, this::newForm),
        WebRoute.post(BASE, Role.EDITOR, SECTION, this::create),
        WebRoute.get(BASE + "/{id}", Role.VIEWER, SECTION, this::detail),
        WebRoute.get(BASE + "/{id}/edit", Role.EDITOR, SECTION, this::editForm),
        WebRoute.post(BASE + "/{id}/definition", Role.EDITOR, SECTION, this::replace),
        WebRoute.post(BASE + "/{id}/configuration", Role.EDITOR, SECTION, this::configure),
        WebRoute.post(BASE + "/{id}/runs", Role.EDITOR, SECTION, this::run),
        WebRoute.get(BASE + "/{id}/runs/{run}", Role.VIEWER, SECTION, this::runDetail));
  }

  private void list(Page page) {
    List<WorkflowListView.Row> rows = new ArrayList<>();
    for (SavedWorkflow w : workflows.list(page.workspaceId())) {
      WorkflowDefinition definition = DefinitionParser.parse(w.source()).definition();
      List<RunRecord> last = workflows.runs(page.workspaceId(), w.id(), 1);
      RunRecord run = last.isEmpty() ? null : last.get(0);
      rows.add(new WorkflowListView.Row(w.id(), w.alias(), w.title(),
          definition == null ? Environments.DEFAULT : definition.config().environment(),
          run == null ? null : run.id(), run == null ? null : run.status().wireName(),
          run == null ? null : Display.time(run.startedAt())));
    }
    page.render("workflows/list.jte", new WorkflowListView(rows, notice(page.query("done"))));
  }

  private void newForm(Page page) {
    page.render("workflows/definition.jte", new DefinitionFormView(page.chrome().path("/workflows"),
        page.chrome().path("/workflows"), EXAMPLE, false, List.of()));
  }

  private void create(Page page) {
    String source = page.form().raw("source");
    WorkflowDefinition parsed = DefinitionParser.parse(source == null ? "" : source).definition();
    if (parsed != null && parsed.alias() != null && exists(page, parsed.alias())) {
      page.render(422, "workflows/definition.jte", new DefinitionFormView(page.chrome().path("/workflows"),
          page.chrome().path("/workflows"), source, false, List.of(new WorkflowView.ProblemRow("error", null, "alias",
              "a workflow with alias `" + parsed.alias() + "` exists; open it and edit its definition instead"))));
      return;
    }
    try {
      SaveResult saved = workflows.save(page.workspaceId(), source == null ? "" : source, page.actor());
      page.redirect(self(page, saved.workflow().id()) + "?done=saved");
    } catch (InvalidWorkflowException e) {
      page.render(422, "workflows/definition.jte", new DefinitionFormView(page.chrome().path("/workflows"),
          page.chrome().path("/workflows"), source, false, rows(e.report().problems())));
    }
  }

  private void editForm(Page page) {
    SavedWorkflow w = workflow(page);
    page.render("workflows/definition.jte", new DefinitionFormView(self(page, w.id()) + "/definition",
        self(page, w.id()), w.source(), true, List.of()));
  }

  private void replace(Page page) {
    SavedWorkflow w = workflow(page);
    String source = page.form().raw("source");
    List<WorkflowView.ProblemRow> problems = new ArrayList<>();
    WorkflowDefinition parsed = DefinitionParser.parse(source == null ? "" : source).definition();
    if (parsed != null && parsed.alias() != null && !parsed.alias().equals(w.alias())) {
      problems.add(new WorkflowView.ProblemRow("error", null, "alias",
          "must stay `" + w.alias() + "`; save a new alias as a new workflow"));
    } else {
      try {
        workflows.save(page.workspaceId(), source == null ? "" : source, page.actor());
        page.redirect(self(page, w.id()) + "?done=saved");
        return;
      } catch (InvalidWorkflowException e) {
        problems.addAll(rows(e.report().problems()));
      }
    }
    page.render(422, "workflows/definition.jte", new DefinitionFormView(self(page, w.id()) + "/definition",
        self(page, w.id()), source, true, problems));
  }

  private void detail(Page page) {
    SavedWorkflow w = workflow(page);
    page.render("workflows/detail.jte", view(page, w, notice(page.query("done")), null, WorkflowView.Typed.NONE));
  }

  private void configure(Page page) {
    SavedWorkflow w = workflow(page);
    String environment = page.form().get("environment");
    environment = environment == null || environment.isEmpty() ? Environments.DEFAULT : environment;
    try {
      SecretRules.requireEnvironment("environment", environment);
      workflows.configureEnvironment(page.workspaceId(), w.id(), environment, page.actor());
    } catch (ValidationException e) {
      page.render(422, "workflows/detail.jte", view(page, w, null, "The environment was not saved: "
          + e.violations().get(0).message() + ".", new WorkflowView.Typed(null, null, environment)));
      return;
    } catch (InvalidWorkflowException e) {
      page.render(422, "workflows/detail.jte", view(page, w, null, "The workflow cannot be saved: "
          + e.report().errors().get(0).describe(), new WorkflowView.Typed(null, null, environment)));
      return;
    }
    page.redirect(self(page, w.id()) + "?done=configured#configuration");
  }

  private void run(Page page) {
    SavedWorkflow w = workflow(page);
    String environment = page.form().get("environment");
    WorkflowView.Typed typed = new WorkflowView.Typed(page.form().raw("inputs"), environment, null);
    RunOutcome outcome;
    try {
      Object inputs = inputs(page.form().raw("inputs"));
      if (environment != null && !environment.isEmpty()) {
        SecretRules.requireEnvironment("environment", environment);
      }
      outcome = workflows.run(page.workspaceId(), w.id(), inputs,
          environment == null || environment.isEmpty() ? null : environment);
    } catch (ValidationException e) {
      Violation v = e.violations().get(0);
      page.render(422, "workflows/detail.jte", view(page, w, null, "Not run: `" + v.field() + "` " + v.message() + ".",
          typed));
      return;
    } catch (strongroom.engine.EngineStoppingException e) {
      throw e; // the error page's 503: the server is stopping
    } catch (SecretsException | strongroom.engine.WorkflowException e) {
      page.render(422, "workflows/detail.jte", view(page, w, null, "Not run: "
          + strongroom.server.http.ErrorResponses.messageOf(e), typed));
      return;
    }
    page.redirect(self(page, w.id()) + "/runs/" + Urls.segment(outcome.runId()));
  }

  private void runDetail(Page page) {
    SavedWorkflow w = workflow(page);
    RunDetail detail = workflows.runDetail(page.workspaceId(), page.path("run"));
    if (!w.id().equals(detail.run().workflowId())) {
      throw new WorkflowNotFoundException("no run `" + page.path("run") + "` of that workflow");
    }
    RunRecord r = detail.run();
    List<RunView.Invocation> actions = new ArrayList<>();
    for (ActionResult a : detail.actions()) {
      actions.add(new RunView.Invocation(a.ref(), a.iteration(), a.action(), a.status().wireName(), a.attempts(),
          a.result() == null ? null : pretty(a.result()), a.error(), a.logs()));
    }
    page.render("workflows/run.jte", new RunView(w.id(), w.alias(), r.id(), r.status().wireName(), r.environment(),
        r.result() == null ? null : pretty(r.result()), r.error(), Display.time(r.startedAt()),
        Display.time(r.finishedAt()), actions, detail.childRunIds()));
  }

  private WorkflowView view(Page page, SavedWorkflow w, String notice, String error, WorkflowView.Typed typed) {
    WorkflowDefinition definition = DefinitionParser.parse(w.source()).definition();
    String environment = definition.config().environment();
    ValidationReport report = workflows.validate(page.workspaceId(), w.source(), environment);
    Map<String, ActionReferences> references = new HashMap<>();
    for (ActionStatement a : definition.actions()) {
      references.put(a.ref(), ActionReferences.of(a, workflows.expressions()));
    }
    DependencyGraph graph = DependencyGraph.of(definition, references);
    Set<String> withProblems = new HashSet<>();
    report.errors().forEach(p -> {
      if (p.ref() != null) {
        withProblems.add(p.ref());
      }
    });
    String selected = page.query("action");
    if (selected == null || definition.action(selected).isEmpty()) {
      selected = definition.actions().isEmpty() ? null : definition.actions().get(0).ref();
    }
    ActionPanel panel = null;
    if (selected != null) {
      ActionStatement a = definition.action(selected).orElseThrow();
      String ref = selected;
      panel = new ActionPanel(a.ref(), a.action(), workflows.registry().find(a.action()).map(s -> s.description())
          .orElse("not in the registry"), arguments(a.args()), List.copyOf(graph.upstream(a.ref())), a.forEach(),
          a.runIf(), a.environment(), needs.of(page.workspaceId(), a, references.get(a.ref()), environment),
          report.problems().stream().filter(p -> ref.equals(p.ref())).map(Problem::describe).toList());
    }
    List<WorkflowView.RunRow> runs = workflows.runs(page.workspaceId(), w.id(), 10).stream()
        .map(r -> new WorkflowView.RunRow(r.id(), r.status().wireName(), r.environment(), Display.time(r.startedAt()),
            Display.time(r.finishedAt()))).toList();
    return new WorkflowView(w.id(), w.alias(), w.title(), definition.description(), environment,
        needs.environments(page.workspaceId()), Canvas.of(definition, graph::upstream, selected, withProblems), panel,
        rows(report.problems()), runs, definition.inputs() == null ? null : compact(definition.inputs()), notice,
        error, typed);
  }

  private static List<ActionPanel.Argument> arguments(Map<String, Object> args) {
    List<ActionPanel.Argument> out = new ArrayList<>();
    args.forEach((name, value) -> out.add(new ActionPanel.Argument(name,
        value instanceof String s ? s : compact(value))));
    return out;
  }

  private static List<WorkflowView.ProblemRow> rows(List<Problem> problems) {
    return problems.stream().map(p -> new WorkflowView.ProblemRow(
        p.severity().name().toLowerCase(java.util.Locale.ROOT), p.ref(), p.path(), p.message())).toList();
  }

  /** The run form's inputs: JSON, blank for none. */
  private static Object inputs(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      return Json.mapper().readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw ValidationException.of("inputs", "json", "must be JSON, such as {\"ip\": \"192.0.2.1\"}");
    }
  }

  private boolean exists(Page page, String alias) {
    try {
      workflows.get(page.workspaceId(), alias);
      return true;
    } catch (WorkflowNotFoundException e) {
      return false;
    }
  }

  private SavedWorkflow workflow(Page page) {
    return workflows.get(page.workspaceId(), page.path("id"));
  }

  private static String self(Page page, String id) {
    return page.chrome().path("/workflows/" + Urls.segment(id));
  }

  private static String pretty(Object value) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  private static String compact(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  private static String notice(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "saved" -> "Workflow saved.";
      case "configured" -> "Environment saved. Runs now read secrets from it.";
      default -> null;
    };
  }

  private static final String EXAMPLE = """
      title: Look up an IP
      alias: lookup-ip
      config:
        environment: default
      inputs:
        ip: {type: string, description: the address to look up}
      actions:
        - ref: lookup
          action: tools.virustotal.lookup_ip_address
          args:
            ip_address: ${{ TRIGGER.ip }}
      """;
}
