package strongroom.engine.registry.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.RegistrySecret;
import strongroom.expr.ExprException;
import strongroom.expr.Expressions;
import strongroom.expr.References;
import strongroom.expr.refs.ReferenceCollector;
import strongroom.expr.syntax.TemplateScanner;

/**
 * What a template's expressions may read, checked when the file loads: {@code inputs.<name>} of
 * a declared argument, {@code steps.<ref>} of an earlier step, and {@code SECRETS} of a declared
 * secret and key (the runner resolves only those). {@code ACTIONS}, {@code TRIGGER}, {@code var}
 * and {@code VARS} belong to the workflow, not to a template, and are refused.
 */
final class TemplateChecks {
  private final Expressions expressions;
  private final Problems problems;
  private final String base;
  private final Set<String> inputs = new HashSet<>();
  private final List<RegistrySecret> secrets;

  TemplateChecks(Expressions expressions, Problems problems, String base,
      List<ArgumentSpec> arguments, List<RegistrySecret> secrets) {
    this.expressions = expressions;
    this.problems = problems;
    this.base = base;
    this.secrets = secrets;
    arguments.forEach(a -> inputs.add(a.name()));
  }

  /** Unknown argument names, and required arguments the step does not pass at all. */
  static void checkArgumentNames(ActionSpec action, Map<String, Object> args, String path,
      Problems problems) {
    Set<String> known = new HashSet<>();
    for (ArgumentSpec a : action.arguments()) {
      known.add(a.name());
      if (a.required() && !args.containsKey(a.name())) {
        problems.add(path, "`" + action.name() + "` needs argument `" + a.name() + "`");
      }
    }
    for (String name : args.keySet()) {
      if (!known.contains(name)) {
        problems.add(path + "." + name, "`" + action.name() + "` has no argument `" + name + "`");
      }
    }
  }

  void check(List<?> rawSteps, Object returns, boolean hasReturns) {
    Set<String> earlier = new HashSet<>();
    for (int i = 0; i < rawSteps.size(); i++) {
      if (!(rawSteps.get(i) instanceof Map<?, ?> step)) {
        continue;
      }
      String path = base + ".steps[" + i + "]";
      Object ref = step.get("ref");
      value(step.get("args"), path + ".args", earlier);
      value(step.get("run_if"), path + ".run_if", earlier);
      if (ref instanceof String r) {
        earlier.add(r);
      }
      value(step.get("mask"), path + ".mask", earlier);
    }
    if (hasReturns) {
      value(returns, base + ".returns", earlier);
    }
  }

  private void value(Object value, String field, Set<String> visibleSteps) {
    ReferenceCollector collector = new ReferenceCollector();
    List<String> texts = new ArrayList<>();
    strings(value, texts);
    try {
      for (String text : texts) {
        if (TemplateScanner.mayContainTemplate(text)) {
          expressions.parse(text).expressions().forEach(collector::add);
        }
      }
    } catch (ExprException e) {
      problems.add(field, "expression does not parse: " + e.getMessage());
      return;
    }
    References refs = collector.result();
    for (References.SecretRef s : refs.secrets()) {
      RegistrySecret declared =
          secrets.stream().filter(x -> x.name().equals(s.name())).findFirst().orElse(null);
      if (declared == null) {
        problems.add(field, "reads secret `" + s.name() + "`, which the action does not declare");
      } else if (!declared.keys().contains(s.key()) && !declared.optionalKeys().contains(s.key())) {
        problems.add(field, "reads key `" + s.key() + "` that secret `" + s.name()
            + "` does not declare");
      }
    }
    refuse(field, "ACTIONS", refs.actions());
    refuse(field, "TRIGGER", refs.triggerPaths());
    refuse(field, "var", refs.vars());
    refuse(field, "VARS", refs.workspaceVars());
    for (String name : collector.inputs()) {
      if (name != null && !inputs.contains(name)) {
        problems.add(field, "reads `inputs." + name + "`, which is not a declared argument");
      }
    }
    for (String ref : collector.steps()) {
      if (ref != null && !visibleSteps.contains(ref)) {
        problems.add(field, "reads `steps." + ref + "`, which is not an earlier step");
      }
    }
  }

  private void refuse(String field, String root, Set<?> refs) {
    if (!refs.isEmpty()) {
      problems.add(field, "templates read inputs, steps and SECRETS; `" + root
          + "` belongs to the workflow (pass what is needed as an argument)");
    }
  }

  private static void strings(Object value, List<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        out.add(String.valueOf(k));
        strings(v, out);
      });
    } else if (value instanceof List<?> l) {
      l.forEach(v -> strings(v, out));
    }
  }
}
