package strongroom.expr.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprException;
import strongroom.expr.ExprEvalException;
import strongroom.expr.MissingSecretException;
import strongroom.expr.syntax.Node;

/** Compiled context reads: paths, {@code SECRETS.<name>.<key>} and {@code VARS.<name>.<key>}. */
final class PathCode {
  private PathCode() {}

  static Code path(Code base, Node.Path p, String src, Function<Node, Code> compile) {
    List<Node.Segment> segs = p.segments();
    boolean allStatic = true;
    for (Node.Segment s : segs) {
      allStatic &= !(s instanceof Node.Index i && !(i.index() instanceof Node.Literal));
    }
    if (allStatic) {
      Object[] keys = new Object[segs.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = staticKey(segs.get(i));
      }
      int pos = p.pos();
      return f -> { // located inline: one closure per path, not two
        try {
          return Paths.walk(base.run(f), keys, f);
        } catch (ExprException e) {
          throw e.locate(pos + 1, src);
        }
      };
    }
    Code[] dynamic = new Code[segs.size()];
    Object[] fixed = new Object[segs.size()];
    for (int i = 0; i < fixed.length; i++) {
      if (segs.get(i) instanceof Node.Index idx && !(idx.index() instanceof Node.Literal)) {
        dynamic[i] = compile.apply(idx.index());
      } else {
        fixed[i] = staticKey(segs.get(i));
      }
    }
    return Compiler.located(p.pos(), f -> {
      Object[] keys = fixed.clone();
      for (int i = 0; i < keys.length; i++) {
        if (dynamic[i] != null) {
          keys[i] = Values.canon(dynamic[i].run(f));
        }
      }
      return Paths.walk(base.run(f), keys, f);
    }, src);
  }

  private static Object staticKey(Node.Segment s) {
    return switch (s) {
      case Node.Field fl -> fl.name();
      case Node.Wildcard w -> Paths.WILDCARD;
      case Node.Index i -> Values.canon(((Node.Literal) i.index()).value());
    };
  }

  static Code secret(Node.Secret s, String src) {
    String name = s.name();
    String key = s.key();
    int pos = s.pos();
    return f -> { // located inline, as for paths
      try {
        String v = f.context().secrets().value(name, key);
        if (v == null) {
          // Fail closed: a lookup that answers null is treated as a missing key.
          throw MissingSecretException.noKey(name, key);
        }
        return v;
      } catch (ExprException e) {
        throw e.locate(pos + 1, src);
      }
    };
  }

  static Code workspaceVar(Node.WorkspaceVar w, String src) {
    String name = w.name();
    String key = w.key();
    return Compiler.located(w.pos(), f -> {
      Map<String, Object> vars = f.context().vars();
      if (vars == null) {
        throw new ExprEvalException(ExprErrorCode.VARIABLE_NOT_FOUND,
            "no workspace variables were provided for 'VARS." + name + "." + key + "'");
      }
      if (!(vars.get(name) instanceof Map<?, ?> keys)) {
        throw new ExprEvalException(ExprErrorCode.VARIABLE_NOT_FOUND,
            "workspace variable '" + name + "' not found");
      }
      if (!keys.containsKey(key)) {
        throw new ExprEvalException(ExprErrorCode.VARIABLE_NOT_FOUND,
            "workspace variable '" + name + "' has no key '" + key + "'");
      }
      return Values.canon(keys.get(key));
    }, src);
  }
}
