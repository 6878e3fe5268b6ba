package strongroom.engine.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.ArgumentType;
import strongroom.engine.registry.ChildWorkflows;

/**
 * {@code core.workflow.execute}: runs a saved workflow as a child, by id or alias. With
 * {@code wait} the result is the child's; a child that fails fails the invocation. With
 * {@code detach} the result is the child's run id. Looping (one child per for_each iteration)
 * follows {@code loop_strategy}, {@code batch_size} and {@code fail_strategy} (see {@link LoopStrategy}).
 */
public final class WorkflowExecuteAction {
  public static final String NAME = "core.workflow.execute";

  private WorkflowExecuteAction() {}

  public static ActionSpec spec() {
    return new ActionSpec(NAME, "Run a saved workflow as a child of this run.", List.of(
        ArgumentSpec.optional("workflow_id", ArgumentType.STRING, null, "Id of the saved workflow."),
        ArgumentSpec.optional("workflow_alias", ArgumentType.STRING, null, "Alias of the saved workflow."),
        ArgumentSpec.optional("trigger_inputs", ArgumentType.ANY, null, "The child's TRIGGER."),
        ArgumentSpec.optional("environment", ArgumentType.STRING, null,
            "The child's environment; default: the child's own config.environment (not inherited)."),
        ArgumentSpec.optional("wait_strategy", ArgumentType.STRING, "wait", "wait or detach."),
        ArgumentSpec.optional("loop_strategy", ArgumentType.STRING, "parallel", "parallel, batch or sequential."),
        ArgumentSpec.optional("batch_size", ArgumentType.INTEGER, 32L, "Children per batch with loop_strategy batch."),
        ArgumentSpec.optional("fail_strategy", ArgumentType.STRING, "isolated",
            "isolated: a failed child fails only its iteration; all: any failure fails the action."),
        ArgumentSpec.optional("timeout", ArgumentType.ANY, null, "How long to wait for the child (seconds or 30s, 5m).")),
        List.of(), WorkflowExecuteAction::execute);
  }

  static Object execute(ActionContext context) {
    Map<String, Object> args = context.args();
    String id = (String) args.get("workflow_id");
    String alias = (String) args.get("workflow_alias");
    if ((id == null) == (alias == null)) {
      throw new IllegalArgumentException("give exactly one of `workflow_id` and `workflow_alias`");
    }
    check(args, "wait_strategy", Set.of("wait", "detach"));
    check(args, "loop_strategy", Set.of("parallel", "batch", "sequential"));
    check(args, "fail_strategy", Set.of("isolated", "all"));
    ChildWorkflows.ChildRun run = new ChildWorkflows.ChildRun(id, alias, args.get("trigger_inputs"),
        (String) args.get("environment"));
    if ("detach".equals(args.get("wait_strategy"))) {
      return context.childWorkflows().startDetached(List.of(run)).get(0);
    }
    Map<String, Object> strategy = new LinkedHashMap<>();
    strategy.put("timeout", args.get("timeout"));
    ChildWorkflows.ChildOutcome outcome = context.childWorkflows().runAndWait(List.of(run), strategy).get(0);
    if (!"succeeded".equals(outcome.status())) {
      throw new ChildWorkflowFailedException(outcome.runId(), outcome.status(), outcome.error());
    }
    return outcome.result();
  }

  private static void check(Map<String, Object> args, String name, Set<String> allowed) {
    Object value = args.get(name);
    if (value != null && !allowed.contains(value)) {
      throw new IllegalArgumentException("`" + name + "` must be one of " + new java.util.TreeSet<>(allowed));
    }
  }
}
