package strongroom.engine.definition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the parsed mapping into the model, recording every missing, unknown or mistyped field. */
final class ShapeReader {
  private static final Set<String> TOP = Set.of("title", "description", "alias", "config", "inputs", "actions", "returns");
  private static final Set<String> CONFIG = Set.of("environment", "timeout");
  private static final Set<String> ACTION = Set.of("ref", "action", "args", "depends_on", "run_if", "for_each",
      "environment", "retry", "concurrency");
  private static final Set<String> RETRY = Set.of("max_attempts", "delay", "timeout");

  private final List<Problem> problems;

  ShapeReader(List<Problem> problems) {
    this.problems = problems;
  }

  WorkflowDefinition workflow(Map<String, Object> fields) {
    unknownKeys(fields, TOP, null, "");
    String title = string(fields, "title", null, "");
    if (title == null || title.isBlank()) {
      problems.add(Problem.error(ProblemCode.SHAPE, null, "title", "a workflow needs a title"));
    }
    List<ActionStatement> actions = new ArrayList<>();
    Object rawActions = fields.get("actions");
    if (!(rawActions instanceof List<?> list) || list.isEmpty()) {
      problems.add(Problem.error(ProblemCode.SHAPE, null, "actions", "a workflow needs a non-empty list of actions"));
    } else {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof Map<?, ?> m) {
          @SuppressWarnings("unchecked")
          Map<String, Object> action = (Map<String, Object>) m;
          actions.add(action(action, i));
        } else {
          problems.add(Problem.error(ProblemCode.SHAPE, null, "actions[" + i + "]", "each action must be a mapping"));
        }
      }
    }
    Map<String, Object> inputs = map(fields, "inputs", null, "");
    return new WorkflowDefinition(title, string(fields, "description", null, ""), string(fields, "alias", null, ""),
        config(map(fields, "config", null, "")), inputs, actions, fields.get("returns"));
  }

  private WorkflowConfig config(Map<String, Object> config) {
    if (config == null) {
      return WorkflowConfig.DEFAULT;
    }
    unknownKeys(config, CONFIG, null, "config.");
    return new WorkflowConfig(string(config, "environment", null, "config."), duration(config, "timeout", null, "config."));
  }

  private ActionStatement action(Map<String, Object> fields, int index) {
    String ref = fields.get("ref") instanceof String s ? s : null;
    String label = ref != null ? ref : "actions[" + index + "]";
    String owner = ref;
    if (ref == null) {
      problems.add(Problem.error(ProblemCode.SHAPE, null, "actions[" + index + "].ref", "every action needs a string ref"));
      ref = label;
    } else if (!ref.matches("[a-z][a-z0-9_]{0,99}")) {
      problems.add(Problem.error(ProblemCode.SHAPE, owner, "ref", "a ref is lower-case letters, digits and _, starting with a letter"));
    }
    unknownKeys(fields, ACTION, owner, "");
    String action = string(fields, "action", owner, "");
    if (action == null) {
      problems.add(Problem.error(ProblemCode.SHAPE, owner, "action", "every action needs an action name"));
    }
    Map<String, Object> args = map(fields, "args", owner, "");
    List<String> dependsOn = strings(fields, "depends_on", owner);
    List<String> forEach = strings(fields, "for_each", owner);
    int concurrency = 0;
    if (fields.containsKey("concurrency")) {
      if (fields.get("concurrency") instanceof Long n && n >= 1 && n <= 4096) {
        concurrency = n.intValue();
      } else {
        problems.add(Problem.error(ProblemCode.SHAPE, owner, "concurrency", "must be an integer from 1 to 4096"));
      }
    }
    return new ActionStatement(ref, action, args, dependsOn, string(fields, "run_if", owner, ""), forEach,
        string(fields, "environment", owner, ""), retry(map(fields, "retry", owner, ""), owner), concurrency);
  }

  private RetryPolicy retry(Map<String, Object> retry, String owner) {
    if (retry == null) {
      return RetryPolicy.NONE;
    }
    unknownKeys(retry, RETRY, owner, "retry.");
    int attempts = 1;
    if (retry.containsKey("max_attempts")) {
      if (retry.get("max_attempts") instanceof Long n && n >= 1 && n <= 100) {
        attempts = n.intValue();
      } else {
        problems.add(Problem.error(ProblemCode.SHAPE, owner, "retry.max_attempts", "must be an integer from 1 to 100"));
      }
    }
    return new RetryPolicy(attempts, duration(retry, "delay", owner, "retry."), duration(retry, "timeout", owner, "retry."));
  }

  private void unknownKeys(Map<String, Object> fields, Set<String> known, String ref, String prefix) {
    for (String key : fields.keySet()) {
      if (!known.contains(key)) {
        problems.add(Problem.error(ProblemCode.SHAPE, ref, prefix + key, "unknown field; expected one of " + new java.util.TreeSet<>(known)));
      }
    }
  }

  private String string(Map<String, Object> fields, String key, String ref, String prefix) {
    Object value = fields.get(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      // An unquoted AWS account id or version number means its text.
      return String.valueOf(value);
    }
    problems.add(Problem.error(ProblemCode.SHAPE, ref, prefix + key, "must be a string"));
    return null;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Map<String, Object> fields, String key, String ref, String prefix) {
    Object value = fields.get(key);
    if (value == null || value instanceof Map) {
      return (Map<String, Object>) value;
    }
    problems.add(Problem.error(ProblemCode.SHAPE, ref, prefix + key, "must be a mapping"));
    return null;
  }

  private List<String> strings(Map<String, Object> fields, String key, String ref) {
    Object value = fields.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    problems.add(Problem.error(ProblemCode.SHAPE, ref, key, "must be a string or a list of strings"));
    return List.of();
  }

  private Duration duration(Map<String, Object> fields, String key, String ref, String prefix) {
    if (!fields.containsKey(key) || fields.get(key) == null) {
      return null;
    }
    Duration d = Durations.parse(fields.get(key));
    if (d == null) {
      problems.add(Problem.error(ProblemCode.SHAPE, ref, prefix + key, "must be seconds or a duration such as 30s, 5m, 1h"));
    }
    return d;
  }
}
