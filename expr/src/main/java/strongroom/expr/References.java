package strongroom.expr;

import java.util.Set;

/**
 * Every reference a value makes, collected without evaluating it. Sets keep first-seen order.
 *
 * @param secrets {@code SECRETS.<name>.<key>} pairs
 * @param actions {@code ACTIONS.<ref>} refs
 * @param vars loop variable names used through {@code var.<name>}
 * @param triggerPaths {@code TRIGGER} paths as written, dynamic indexes shown as {@code [?]}
 * @param env {@code ENV} paths as written
 * @param workspaceVars {@code VARS.<name>.<key>} pairs
 * @param functions {@code FN} names
 */
public record References(Set<SecretRef> secrets, Set<String> actions, Set<String> vars,
    Set<String> triggerPaths, Set<String> env, Set<SecretRef> workspaceVars,
    Set<String> functions) {

  public References {
    secrets = frozen(secrets);
    actions = frozen(actions);
    vars = frozen(vars);
    triggerPaths = frozen(triggerPaths);
    env = frozen(env);
    workspaceVars = frozen(workspaceVars);
    functions = frozen(functions);
  }

  private static <T> Set<T> frozen(Set<T> set) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(set));
  }

  /** True when the value references nothing. */
  public boolean isEmpty() {
    return secrets.isEmpty() && actions.isEmpty() && vars.isEmpty() && triggerPaths.isEmpty()
        && env.isEmpty() && workspaceVars.isEmpty() && functions.isEmpty();
  }

  /** A {@code name.key} pair as written in the source (a secret or a workspace variable). */
  public record SecretRef(String name, String key) {
    @Override
    public String toString() {
      return name + "." + key;
    }
  }
}
