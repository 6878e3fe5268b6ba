package strongroom.engine.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import strongroom.engine.registry.aws.GuardDutyActions;
import strongroom.engine.registry.core.CoreActions;
import strongroom.engine.registry.template.IntegrationCatalog;
import strongroom.engine.registry.template.IntegrationLoader;
import strongroom.expr.Expressions;

/**
 * The registry Strongroom ships: the core actions, every integration file under
 * {@value IntegrationCatalog#FOLDER}, and the Java integrations (aws). Listed here in code, not
 * discovered: the runner adds core.workflow.execute to the builder.
 */
public final class StandardRegistry {
  private StandardRegistry() {}

  /** A builder holding every shipped action, for the runner to add its own to. */
  public static Registry.Builder builder(RegistryConfig config) {
    return builder(config, Expressions.create());
  }

  /** As {@link #builder(RegistryConfig)}, evaluating templates and filters with {@code expressions}. */
  public static Registry.Builder builder(RegistryConfig config, Expressions expressions) {
    Registry.Builder out = Registry.builder();
    Map<String, ActionSpec> core = new LinkedHashMap<>();
    for (ActionSpec spec : CoreActions.all(config, expressions)) {
      core.put(spec.name(), spec);
      out.add(spec);
    }
    IntegrationLoader loader = new IntegrationLoader(config, expressions, core);
    IntegrationCatalog.load(loader, StandardRegistry.class.getClassLoader()).forEach(out::add);
    GuardDutyActions.all(config).forEach(out::add);
    return out;
  }

  public static Registry create(RegistryConfig config) {
    return builder(config).build();
  }
}
