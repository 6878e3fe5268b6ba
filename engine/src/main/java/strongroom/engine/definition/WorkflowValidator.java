package strongroom.engine.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.Registry;
import strongroom.expr.ExprException;
import strongroom.expr.Expressions;
import strongroom.expr.References;
import strongroom.expr.syntax.TemplateScanner;

/**
 * The structural checks, all in one pass: unknown action, duplicate ref, cycle, unknown
 * dependency or reference, arguments against the action's spec, templates that do not parse,
 * {@code SECRETS} outside {@code args}. Every problem names the action ref and the path.
 */
public final class WorkflowValidator {
  private final Registry registry;
  private final Expressions expressions;

  public WorkflowValidator(Registry registry, Expressions expressions) {
    this.registry = registry;
    this.expressions = expressions;
  }

  public List<Problem> validate(WorkflowDefinition definition) {
    List<Problem> out = new ArrayList<>(InputsSchema.check(definition.inputs()));
    Set<String> refs = new HashSet<>();
    Set<String> allRefs = new HashSet<>();
    definition.actions().forEach(a -> allRefs.add(a.ref()));
    Map<String, ActionReferences> references = new LinkedHashMap<>();
    for (ActionStatement action : definition.actions()) {
      String ref = action.ref();
      if (!refs.add(ref)) {
        out.add(Problem.error(ProblemCode.DUPLICATE_REF, ref, "ref", "another action already has ref `" + ref + "`"));
      }
      ActionSpec spec = action.action() == null ? null : registry.find(action.action()).orElse(null);
      if (spec == null && action.action() != null) {
        out.add(Problem.error(ProblemCode.UNKNOWN_ACTION, ref, "action", "no action `" + action.action() + "` in the registry"));
      }
      if (spec != null) {
        out.addAll(WrittenArguments.checkWritten(ref, spec, action.args()));
      }
      for (String dep : action.dependsOn()) {
        if (!allRefs.contains(dep)) {
          out.add(Problem.error(ProblemCode.UNKNOWN_DEPENDENCY, ref, "depends_on", "no action has ref `" + dep + "`"));
        }
      }
      boolean parses = checkTemplates(ref, action, out);
      if (parses) {
        ActionReferences found = ActionReferences.of(action, expressions);
        references.put(ref, found);
        checkReferences(action, found, allRefs, out);
      }
    }
    checkReturns(definition, allRefs, out);
    DependencyGraph graph = DependencyGraph.of(definition, references);
    for (List<String> cycle : graph.cycles()) {
      out.add(Problem.error(ProblemCode.CYCLE, cycle.get(0), "depends_on",
          "dependency cycle: " + String.join(" → ", cycle)));
    }
    return out;
  }

  private boolean checkTemplates(String ref, ActionStatement action, List<Problem> out) {
    int before = out.size();
    walk(ref, "args", action.args(), out);
    parse(ref, "run_if", action.runIf(), out);
    parse(ref, "environment", action.environment(), out);
    for (int i = 0; i < action.forEach().size(); i++) {
      String path = action.forEach().size() == 1 ? "for_each" : "for_each[" + i + "]";
      String text = ActionReferences.asTemplate(action.forEach().get(i));
      if (parse(ref, path, text, out) && ActionReferences.loopVariable(expressions.parse(text)) == null) {
        out.add(Problem.error(ProblemCode.EXPRESSION, ref, path, "expected `for var.<name> in <expression>`"));
      }
    }
    return out.size() == before;
  }

  private void checkReferences(ActionStatement action, ActionReferences found, Set<String> allRefs, List<Problem> out) {
    String ref = action.ref();
    for (String used : found.actions()) {
      if (!allRefs.contains(used)) {
        out.add(Problem.error(ProblemCode.UNKNOWN_REFERENCE, ref, null, "`ACTIONS." + used + "` names no action of this workflow"));
      }
    }
    Set<String> bound = new HashSet<>(found.loopVariables());
    checkVars(ref, "args", expressions.references(action.args()), bound, out);
    noSecrets(ref, "run_if", action.runIf(), out);
    noSecrets(ref, "environment", action.environment(), out);
    for (String iterator : action.forEach()) {
      noSecrets(ref, "for_each", ActionReferences.asTemplate(iterator), out);
    }
    if (action.runIf() != null) {
      checkVars(ref, "run_if", expressions.references(action.runIf()), Set.of(), out);
    }
    if (action.environment() != null) {
      checkVars(ref, "environment", expressions.references(action.environment()), bound, out);
    }
  }

  private void checkReturns(WorkflowDefinition definition, Set<String> allRefs, List<Problem> out) {
    if (definition.returns() == null) {
      return;
    }
    if (walk(null, "returns", definition.returns(), out)) {
      References refs = expressions.references(definition.returns());
      if (!refs.secrets().isEmpty()) {
        out.add(Problem.error(ProblemCode.SECRET_OUTSIDE_ARGS, null, "returns", "`SECRETS` may only be used in action args"));
      }
      refs.actions().stream().filter(r -> !allRefs.contains(r)).forEach(r -> out.add(Problem.error(
          ProblemCode.UNKNOWN_REFERENCE, null, "returns", "`ACTIONS." + r + "` names no action of this workflow")));
    }
  }

  private void checkVars(String ref, String path, References refs, Set<String> bound, List<Problem> out) {
    for (String var : refs.vars()) {
      if (!bound.contains(var)) {
        out.add(Problem.error(ProblemCode.UNBOUND_VARIABLE, ref, path, "`var." + var + "` is not bound by this action's for_each"));
      }
    }
  }

  private void noSecrets(String ref, String path, String template, List<Problem> out) {
    if (template != null && !expressions.references(template).secrets().isEmpty()) {
      out.add(Problem.error(ProblemCode.SECRET_OUTSIDE_ARGS, ref, path, "`SECRETS` may only be used in action args"));
    }
  }

  /** Parses every template inside {@code value}; true when all parse. */
  private boolean walk(String ref, String path, Object value, List<Problem> out) {
    if (value instanceof String s) {
      return parse(ref, path, s, out);
    }
    boolean ok = true;
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String child = path + "." + e.getKey();
        ok &= parse(ref, child, String.valueOf(e.getKey()), out);
        ok &= walk(ref, child, e.getValue(), out);
      }
    } else if (value instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        ok &= walk(ref, path + "[" + i + "]", l.get(i), out);
      }
    }
    return ok;
  }

  private boolean parse(String ref, String path, String text, List<Problem> out) {
    if (text == null || !TemplateScanner.mayContainTemplate(text)) {
      return true;
    }
    try {
      expressions.parse(text);
      return true;
    } catch (ExprException e) {
      out.add(Problem.error(ProblemCode.EXPRESSION, ref, path, e.getMessage()));
      return false;
    }
  }
}
