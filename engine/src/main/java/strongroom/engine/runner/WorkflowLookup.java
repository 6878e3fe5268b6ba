package strongroom.engine.runner;

import java.util.Optional;
import strongroom.engine.definition.WorkflowDefinition;

/** Finds saved workflows for child runs, by id or alias within one workspace. */
public interface WorkflowLookup {
  /** A saved workflow and its parsed, validated definition. */
  record Found(String id, String alias, WorkflowDefinition definition) {}

  Optional<Found> find(String workspaceId, String workflowId, String workflowAlias);
}
