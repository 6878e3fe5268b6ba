package strongroom.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import strongroom.engine.definition.DefinitionParser;
import strongroom.engine.definition.ParsedDefinition;
import strongroom.engine.definition.Problem;
import strongroom.engine.definition.ProblemCode;
import strongroom.engine.definition.SecretChecker;
import strongroom.engine.definition.ValidationReport;
import strongroom.engine.definition.WorkflowDefinition;
import strongroom.engine.definition.WorkflowValidator;
import strongroom.engine.history.RunHistory;
import strongroom.engine.history.RunRecord;
import strongroom.engine.history.SavedWorkflow;
import strongroom.engine.registry.Registry;
import strongroom.engine.runner.EmbeddedExecutor;
import strongroom.engine.runner.EngineServices;
import strongroom.engine.runner.EngineSettings;
import strongroom.engine.runner.RunHandle;
import strongroom.engine.runner.RunOutcome;
import strongroom.engine.runner.RunRequest;
import strongroom.engine.runner.WorkflowExecuteAction;
import strongroom.engine.runner.WorkflowExecutor;
import strongroom.expr.Expressions;
import strongroom.secrets.Actor;
import strongroom.secrets.Secret;
import strongroom.secrets.service.SecretStore;

/**
 * The engine's front door: validate, save (create, or update by alias), list, get and delete
 * workflows; run them (waiting for the outcome) and read the run history. {@link #drain} lets the
 * runs callers wait on finish; close it to stop the executor.
 */
public final class WorkflowService implements AutoCloseable {
  private final SecretStore store;
  private final Expressions expressions;
  private final Registry registry;
  private final RunHistory history;
  private final SavedWorkflows saved;
  private final WorkflowExecutor executor;
  private final Clock clock;
  private final RunGate gate = new RunGate();

  private WorkflowService(SecretStore store, Expressions expressions, Registry registry, EngineSettings settings) {
    this.store = store;
    this.expressions = expressions;
    this.registry = withWorkflowExecute(registry);
    this.history = new RunHistory(store.database());
    this.saved = new SavedWorkflows(history);
    this.clock = Clock.systemUTC();
    this.executor = new EmbeddedExecutor(new EngineServices(store.resolver(), expressions, this.registry, history,
        saved, clock, settings));
  }

  public static WorkflowService create(SecretStore store, Expressions expressions, Registry registry) {
    return new WorkflowService(store, expressions, registry, EngineSettings.DEFAULT);
  }

  public static WorkflowService create(SecretStore store, Expressions expressions, Registry registry,
      EngineSettings settings) {
    return new WorkflowService(store, expressions, registry, settings);
  }

  /** The registry the engine runs, with {@code core.workflow.execute} added when it was not there. */
  public Registry registry() {
    return registry;
  }

  /** The expression evaluator the engine runs templates with. */
  public Expressions expressions() {
    return expressions;
  }

  /**
   * Every problem of {@code source}. Without {@code environment}, secret problems are warnings for
   * the workflow's configured environment; with one, they are errors for that environment.
   */
  public ValidationReport validate(String workspace, String source, String environment) {
    ParsedDefinition parsed = DefinitionParser.parse(source);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    WorkflowDefinition definition = parsed.definition();
    if (definition == null) {
      return ValidationReport.of(problems);
    }
    problems.addAll(new WorkflowValidator(registry, expressions).validate(definition));
    String env = environment != null ? environment : definition.config().environment();
    String workspaceId = workspaceId(workspace);
    for (Problem p : new SecretChecker(registry, expressions, e -> inventory(workspaceId, e)).check(definition, env)) {
      problems.add(environment != null ? p.asError() : p.asWarning());
    }
    return ValidationReport.of(problems);
  }

  /** Validates and saves; structural errors refuse the save with an {@link InvalidWorkflowException}. */
  public SaveResult save(String workspace, String source, Actor actor) {
    ValidationReport report = validate(workspace, source, null);
    WorkflowDefinition definition = DefinitionParser.parse(source).definition();
    if (definition != null && (definition.alias() == null || !definition.alias().matches("[a-z0-9][a-z0-9_-]{0,99}"))) {
      report = report.with(List.of(Problem.error(ProblemCode.SHAPE, null, "alias",
          "a saved workflow needs an alias of lower-case letters, digits, _ and -")));
    }
    if (report.hasErrors()) {
      throw new InvalidWorkflowException(report);
    }
    String workspaceId = workspaceId(workspace);
    java.time.Instant now = clock.instant();
    SavedWorkflow[] out = new SavedWorkflow[1];
    boolean[] created = new boolean[1];
    history.database().inTransaction(h -> {
      var existing = history.workflows().findByAlias(h, workspaceId, definition.alias());
      if (existing.isPresent()) {
        history.workflows().update(h, existing.get().id(), definition.title(), source, now, actor.label());
        out[0] = history.workflows().findById(h, workspaceId, existing.get().id()).orElseThrow();
      } else {
        out[0] = new SavedWorkflow(UUID.randomUUID().toString(), workspaceId, definition.alias(), definition.title(),
            source, now, actor.label(), now, actor.label());
        history.workflows().insert(h, out[0]);
        created[0] = true;
      }
      return null;
    });
    return new SaveResult(out[0], created[0], report);
  }

  public List<SavedWorkflow> list(String workspace) {
    return history.workflows(workspaceId(workspace));
  }

  /** A saved workflow by alias or id. */
  public SavedWorkflow get(String workspace, String aliasOrId) {
    String workspaceId = workspaceId(workspace);
    return history.workflowByAlias(workspaceId, aliasOrId)
        .or(() -> history.workflowById(workspaceId, aliasOrId))
        .orElseThrow(() -> new WorkflowNotFoundException("no saved workflow `" + aliasOrId + "`"));
  }

  /**
   * Deletes a saved workflow by alias or id. Its runs stay in the history, readable by run id and in
   * the workspace's run list, with their alias but no workflow id, like runs of an unsaved file: the
   * audit log names runs as actors ({@code run:<id>/<ref>}), and a run says which workflow that was.
   * Detaching the runs and deleting the row are one transaction.
   */
  public DeletedWorkflow delete(String workspace, String aliasOrId) {
    SavedWorkflow workflow = get(workspace, aliasOrId);
    int kept = history.deleteWorkflow(workflow.workspaceId(), workflow.id())
        .orElseThrow(() -> new WorkflowNotFoundException("no saved workflow `" + aliasOrId + "`"));
    return new DeletedWorkflow(workflow, kept);
  }

  /** Runs a saved workflow and waits; {@code environment} null runs in its {@code config.environment}. */
  public RunOutcome run(String workspace, String aliasOrId, Object triggerInputs, String environment) {
    gate.enter();
    try {
      SavedWorkflow workflow = get(workspace, aliasOrId);
      WorkflowDefinition definition = saved.parse(workflow).definition();
      return start(workflow.workspaceId(), workflow.id(), definition, triggerInputs, environment).await();
    } finally {
      gate.leave();
    }
  }

  /** Runs a definition that need not be saved (its run has no workflow id); structural errors refuse it. */
  public RunOutcome runSource(String workspace, String source, Object triggerInputs, String environment) {
    gate.enter();
    try {
      return startSource(workspace, source, triggerInputs, environment).await();
    } finally {
      gate.leave();
    }
  }

  private RunHandle startSource(String workspace, String source, Object triggerInputs, String environment) {
    ParsedDefinition parsed = DefinitionParser.parse(source);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    if (parsed.definition() != null) {
      problems.addAll(new WorkflowValidator(registry, expressions).validate(parsed.definition()));
    }
    ValidationReport report = ValidationReport.of(problems);
    if (report.hasErrors()) {
      throw new InvalidWorkflowException(report);
    }
    String workspaceId = workspaceId(workspace);
    String workflowId = parsed.definition().alias() == null ? null
        : history.workflowByAlias(workspaceId, parsed.definition().alias())
            .filter(w -> w.source().equals(source)).map(SavedWorkflow::id).orElse(null);
    return start(workspaceId, workflowId, parsed.definition(), triggerInputs, environment);
  }

  private RunHandle start(String workspaceId, String workflowId, WorkflowDefinition definition, Object inputs,
      String environment) {
    return executor.submit(RunRequest.of(workspaceId, workflowId, definition, inputs, environment));
  }

  /** Runs of the workspace, newest first; {@code aliasOrId} null for every workflow. */
  public List<RunRecord> runs(String workspace, String aliasOrId, int limit) {
    String workflowId = aliasOrId == null ? null : get(workspace, aliasOrId).id();
    return history.runs(workspaceId(workspace), workflowId, limit);
  }

  public RunDetail runDetail(String workspace, String runId) {
    RunRecord run = history.run(workspaceId(workspace), runId)
        .orElseThrow(() -> new WorkflowNotFoundException("no run `" + runId + "`"));
    return new RunDetail(run, history.actions(runId), history.children(runId).stream().map(RunRecord::id).toList());
  }

  /**
   * Sets a saved workflow's {@code config.environment} by rewriting its source (see
   * {@link strongroom.engine.definition.ConfigEditor}) and saving it, validated as any save is.
   */
  public SaveResult configureEnvironment(String workspace, String aliasOrId, String environment, Actor actor) {
    SavedWorkflow workflow = get(workspace, aliasOrId);
    return save(workspace, strongroom.engine.definition.ConfigEditor.withEnvironment(workflow.source(), environment),
        actor);
  }

  /**
   * For a stopping server: from now on {@link #run} and {@link #runSource} refuse with
   * {@link EngineStoppingException}; waits up to {@code bound} for the runs callers are already
   * waiting on (child runs of those still start). True when none is left.
   */
  public boolean drain(Duration bound) {
    return gate.closeAndAwaitIdle(bound);
  }

  @Override
  public void close() {
    executor.close();
  }

  private String workspaceId(String workspace) {
    return store.workspaces().require(workspace).id();
  }

  private Map<String, Set<String>> inventory(String workspaceId, String environment) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Secret s : store.secrets().list(workspaceId, null, environment, null, false)) {
      out.put(s.name(), Set.copyOf(s.keyNames()));
    }
    return out;
  }

  private static Registry withWorkflowExecute(Registry registry) {
    if (registry.find(WorkflowExecuteAction.NAME).isPresent()) {
      return registry;
    }
    Registry.Builder builder = Registry.builder();
    registry.all().forEach(builder::add);
    return builder.add(WorkflowExecuteAction.spec()).build();
  }
}
