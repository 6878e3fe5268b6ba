package strongroom.engine.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow as written: title, description, alias (unique in a workspace), config, an optional
 * inputs schema, its actions and an optional {@code returns} expression value. Immutable.
 */
public record WorkflowDefinition(String title, String description, String alias, WorkflowConfig config,
    Map<String, Object> inputs, List<ActionStatement> actions, Object returns) {
  public WorkflowDefinition {
    description = description == null ? "" : description;
    config = config == null ? WorkflowConfig.DEFAULT : config;
    inputs = inputs == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** The action with {@code ref}, if any. */
  public Optional<ActionStatement> action(String ref) {
    return actions.stream().filter(a -> a.ref().equals(ref)).findFirst();
  }
}
