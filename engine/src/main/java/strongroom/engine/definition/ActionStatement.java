package strongroom.engine.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action of a workflow: its {@code ref}, the registry action it runs, its arguments (templates
 * allowed), explicit dependencies, an optional {@code run_if} condition, {@code for_each} iterators
 * (zipped), an environment override (literal or template), a retry policy and how many
 * {@code for_each} iterations may run at once.
 */
public record ActionStatement(String ref, String action, Map<String, Object> args, List<String> dependsOn,
    String runIf, List<String> forEach, String environment, RetryPolicy retry, int concurrency) {
  /** Iterations of one for_each that run at once unless the action says otherwise. */
  public static final int DEFAULT_CONCURRENCY = 16;

  public ActionStatement {
    args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    forEach = forEach == null ? List.of() : List.copyOf(forEach);
    retry = retry == null ? RetryPolicy.NONE : retry;
    concurrency = concurrency <= 0 ? DEFAULT_CONCURRENCY : concurrency;
  }

  /** A statement with only a ref, an action and arguments (tests, builders). */
  public static ActionStatement of(String ref, String action, Map<String, Object> args) {
    return new ActionStatement(ref, action, args, List.of(), null, List.of(), null, null, 0);
  }

  public boolean loops() {
    return !forEach.isEmpty();
  }
}
