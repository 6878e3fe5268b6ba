package strongroom.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import strongroom.engine.definition.DefinitionParser;
import strongroom.engine.definition.ParsedDefinition;
import strongroom.engine.history.RunHistory;
import strongroom.engine.history.SavedWorkflow;
import strongroom.engine.runner.WorkflowLookup;

/** Finds saved workflows for child runs; parsed definitions are cached per id and update time. */
final class SavedWorkflows implements WorkflowLookup {
  private final RunHistory history;
  private final ConcurrentHashMap<String, Found> parsed = new ConcurrentHashMap<>();

  SavedWorkflows(RunHistory history) {
    this.history = history;
  }

  @Override
  public Optional<Found> find(String workspaceId, String workflowId, String workflowAlias) {
    Optional<SavedWorkflow> saved = workflowId != null
        ? history.workflowById(workspaceId, workflowId)
        : history.workflowByAlias(workspaceId, workflowAlias);
    return saved.map(this::parse);
  }

  Found parse(SavedWorkflow saved) {
    String key = saved.id() + "@" + saved.updatedAt();
    if (parsed.size() > 1024) {
      parsed.clear(); // a crude bound: re-parsing is cheap, an unbounded cache is not
    }
    return parsed.computeIfAbsent(key, k -> {
      ParsedDefinition result = DefinitionParser.parse(saved.source());
      if (result.definition() == null) {
        throw new WorkflowException("saved workflow `" + saved.alias() + "` no longer parses");
      }
      return new Found(saved.id(), saved.alias(), result.definition());
    });
  }
}
