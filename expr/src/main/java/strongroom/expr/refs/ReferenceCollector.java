package strongroom.expr.refs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import strongroom.expr.References;
import strongroom.expr.References.SecretRef;
import strongroom.expr.syntax.Node;

/** Walks syntax trees and gathers what they reference, without evaluating anything. */
public final class ReferenceCollector {
  private final Set<SecretRef> secrets = new LinkedHashSet<>();
  private final Set<String> actions = new LinkedHashSet<>();
  private final Set<String> vars = new LinkedHashSet<>();
  private final Set<String> trigger = new LinkedHashSet<>();
  private final Set<String> env = new LinkedHashSet<>();
  private final Set<SecretRef> workspaceVars = new LinkedHashSet<>();
  private final Set<String> functions = new LinkedHashSet<>();
  private final Set<String> inputs = new LinkedHashSet<>();
  private final Set<String> steps = new LinkedHashSet<>();

  /** Adds the references of {@code node} and everything under it. */
  public void add(Node node) {
    switch (node) {
      case Node.Literal l -> { }
      case Node.ListLit l -> l.items().forEach(this::add);
      case Node.MapLit m -> {
        m.keys().forEach(this::add);
        m.values().forEach(this::add);
      }
      case Node.Root r -> root(r.kind(), List.of());
      case Node.Secret s -> secrets.add(new SecretRef(s.name(), s.key()));
      case Node.WorkspaceVar w -> workspaceVars.add(new SecretRef(w.name(), w.key()));
      case Node.Path p -> path(p);
      case Node.Call c -> {
        functions.add(c.name());
        c.args().forEach(this::add);
      }
      case Node.Cast c -> add(c.operand());
      case Node.Unary u -> add(u.operand());
      case Node.Binary b -> {
        add(b.left());
        add(b.right());
      }
      case Node.Logical l -> {
        add(l.left());
        add(l.right());
      }
      case Node.Compare c -> c.operands().forEach(this::add);
      case Node.Ternary t -> {
        add(t.then());
        add(t.cond());
        add(t.otherwise());
      }
      case Node.Iterator it -> add(it.collection());
    }
  }

  private void path(Node.Path p) {
    for (Node.Segment s : p.segments()) {
      if (s instanceof Node.Index i) {
        add(i.index());
      }
    }
    if (p.base() instanceof Node.Root r) {
      root(r.kind(), p.segments());
    } else {
      add(p.base());
    }
  }

  private void root(Node.RootKind kind, List<Node.Segment> segments) {
    String first = !segments.isEmpty() && segments.get(0) instanceof Node.Field f ? f.name() : null;
    switch (kind) {
      case ACTIONS -> actions.add(first);
      case VAR -> vars.add(first);
      case TRIGGER -> trigger.add(render("TRIGGER", segments));
      case ENV -> env.add(render("ENV", segments));
      // Template-internal: an integration's own arguments and steps, never a workflow's
      // dependency, so they stay out of References; the template loader reads them from here.
      case INPUTS -> inputs.add(first);
      case STEPS -> steps.add(first);
    }
  }

  /** A path as written; dynamic indexes show as {@code [?]}. */
  static String render(String root, List<Node.Segment> segments) {
    StringBuilder sb = new StringBuilder(root);
    for (Node.Segment s : segments) {
      switch (s) {
        case Node.Field f -> sb.append('.').append(f.name());
        case Node.Wildcard w -> sb.append("[*]");
        case Node.Index i -> {
          if (i.index() instanceof Node.Literal lit && lit.value() instanceof String str) {
            sb.append("['").append(str.replace("\\", "\\\\").replace("'", "\\'")).append("']");
          } else if (i.index() instanceof Node.Literal lit && lit.value() instanceof Long n) {
            sb.append('[').append(n).append(']');
          } else {
            sb.append("[?]");
          }
        }
      }
    }
    return sb.toString();
  }

  /** {@code inputs.<name>} names seen so far (template-internal, not part of {@link #result()}). */
  public Set<String> inputs() {
    return java.util.Collections.unmodifiableSet(inputs);
  }

  /** {@code steps.<ref>} refs seen so far (template-internal, not part of {@link #result()}). */
  public Set<String> steps() {
    return java.util.Collections.unmodifiableSet(steps);
  }

  /** Everything collected so far. */
  public References result() {
    return new References(secrets, actions, vars, trigger, env, workspaceVars, functions);
  }
}
