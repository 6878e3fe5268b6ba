package strongroom.engine.definition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import strongroom.expr.Expressions;
import strongroom.expr.References;
import strongroom.expr.Template;
import strongroom.expr.syntax.Node;

/**
 * What one action's templates refer to: the secret pairs its args use, the actions it reads
 * (implicit dependencies), and the loop variables its for_each binds. Throws the expression
 * language's syntax error when a template does not parse; the validator reports those first.
 */
public record ActionReferences(Set<References.SecretRef> secrets, Set<String> actions, List<String> loopVariables) {
  public ActionReferences {
    secrets = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(secrets));
    actions = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(actions));
    loopVariables = List.copyOf(loopVariables);
  }

  public static ActionReferences of(ActionStatement statement, Expressions expressions) {
    References args = expressions.references(statement.args());
    Set<String> actions = new LinkedHashSet<>(args.actions());
    if (statement.runIf() != null) {
      actions.addAll(expressions.references(statement.runIf()).actions());
    }
    if (statement.environment() != null) {
      actions.addAll(expressions.references(statement.environment()).actions());
    }
    List<String> vars = new java.util.ArrayList<>();
    for (String iterator : statement.forEach()) {
      String text = asTemplate(iterator);
      actions.addAll(expressions.references(text).actions());
      String var = loopVariable(expressions.parse(text));
      if (var != null) {
        vars.add(var);
      }
    }
    return new ActionReferences(args.secrets(), actions, vars);
  }

  /** {@code for var.x in …} written bare or inside <code>${{ }}</code>, always as a template. */
  public static String asTemplate(String iterator) {
    return iterator.contains("${{") ? iterator : "${{ " + iterator + " }}";
  }

  /** The variable a {@code for var.x in …} template binds, or null when it is not an iterator. */
  public static String loopVariable(Template template) {
    if (template.isSingleExpression() && template.expressions().get(0) instanceof Node.Iterator it) {
      return it.var();
    }
    return null;
  }

  /** The names of every secret the args reference. */
  public Set<String> secretNames() {
    Set<String> names = new LinkedHashSet<>();
    secrets.forEach(s -> names.add(s.name()));
    return names;
  }
}
