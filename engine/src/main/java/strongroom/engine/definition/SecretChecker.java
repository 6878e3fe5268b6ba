package strongroom.engine.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.Registry;
import strongroom.expr.ExprException;
import strongroom.expr.Expressions;
import strongroom.expr.syntax.TemplateScanner;

/**
 * Checks every action's secrets against the stored ones of an environment: the action's literal
 * {@code environment} override when it has one, else the given environment. An override written
 * as a template is only known at run time and is not checked here.
 */
public final class SecretChecker {
  private final Registry registry;
  private final Expressions expressions;
  private final SecretInventory inventory;

  public SecretChecker(Registry registry, Expressions expressions, SecretInventory inventory) {
    this.registry = registry;
    this.expressions = expressions;
    this.inventory = inventory;
  }

  /** Problems as errors; the caller makes them warnings where they only warn. */
  public List<Problem> check(WorkflowDefinition definition, String environment) {
    Map<String, Map<String, Set<String>>> byEnvironment = new HashMap<>();
    List<Problem> out = new ArrayList<>();
    for (ActionStatement action : definition.actions()) {
      String env = action.environment() == null ? environment : action.environment();
      if (TemplateScanner.mayContainTemplate(env)) {
        continue;
      }
      ActionSpec spec = action.action() == null ? null : registry.find(action.action()).orElse(null);
      ActionReferences refs;
      try {
        refs = ActionReferences.of(action, expressions);
      } catch (ExprException e) {
        refs = null; // already a structural error
      }
      Map<String, Set<String>> stored = byEnvironment.computeIfAbsent(env, inventory::keysIn);
      out.addAll(SecretRequirements.of(action.ref(), spec, refs).problems(env, stored::get));
    }
    return out;
  }
}
