package strongroom.bench.expr;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.runtime.CelRuntime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;
import org.springframework.expression.Expression;
import org.springframework.expression.common.TemplateParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import strongroom.expr.EvalContext;
import strongroom.expr.Expressions;
import strongroom.expr.SecretsLookup;
import strongroom.expr.Template;

/** The four engines set up once, with helpers that parse and evaluate a workload. */
final class Engines {
  final Map<String, Object> roots = Workloads.roots();

  // Ours.
  final Expressions ours = Expressions.create();
  final EvalContext oursContext;

  // Spring SpEL with a ${{ }} template context and dot access into maps.
  final SpelExpressionParser spel = new SpelExpressionParser();
  final TemplateParserContext spelTemplates = new TemplateParserContext("${{", "}}");
  final StandardEvaluationContext spelContext = new StandardEvaluationContext(roots);

  // Apache JEXL; the parse+evaluate engine has no expression cache, so it really parses.
  final JexlEngine jexl = new JexlBuilder().cache(512).strict(true).create();
  final JexlEngine jexlNoCache = new JexlBuilder().cache(0).strict(true).create();
  final MapContext jexlContext = new MapContext(new LinkedHashMap<>(roots));

  // Google CEL with the string extensions (replace, trim, upperAscii).
  final Cel cel;

  @SuppressWarnings("unchecked")
  Engines() {
    spelContext.addPropertyAccessor(new MapAccessor());
    Map<String, Map<String, String>> secrets =
        (Map<String, Map<String, String>>) (Map<?, ?>) roots.get("SECRETS");
    oursContext = EvalContext.builder()
        .actions((Map<String, Object>) roots.get("ACTIONS"))
        .trigger(roots.get("TRIGGER"))
        .env((Map<String, Object>) roots.get("ENV"))
        .secrets(SecretsLookup.ofMap(secrets))
        .build();
    MapType dyn = MapType.create(SimpleType.STRING, SimpleType.DYN);
    cel = CelFactory.standardCelBuilder()
        .addVar("SECRETS", dyn).addVar("ACTIONS", dyn).addVar("TRIGGER", dyn).addVar("ENV", dyn)
        .addCompilerLibraries(CelExtensions.strings())
        .addRuntimeLibraries(CelExtensions.strings())
        .build();
  }

  /** Evaluates every compiled field; one field gives its value, several give a map. */
  static <T> Object run(List<Workloads.Field> fields, List<T> compiled, Function<T, Object> eval) {
    if (fields.size() == 1 && fields.get(0).key() == null) {
      return eval.apply(compiled.get(0));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      out.put(fields.get(i).key(), eval.apply(compiled.get(i)));
    }
    return out;
  }

  Template oursParse(String src) {
    return ours.compile(src);
  }

  Object oursEval(Template t) {
    return t.evaluate(oursContext);
  }

  Expression spelParse(String src) {
    return src.contains("${{") ? spel.parseExpression(src, spelTemplates) : spel.parseExpression(src);
  }

  Object spelEval(Expression e) {
    return e.getValue(spelContext);
  }

  JexlExpression jexlParse(JexlEngine engine, String src) {
    return engine.createExpression(src);
  }

  Object jexlEval(JexlExpression e) {
    return e.evaluate(jexlContext);
  }

  CelRuntime.Program celParse(String src) {
    try {
      return cel.createProgram(cel.compile(src).getAst());
    } catch (Exception e) {
      throw new IllegalStateException("CEL rejected " + src, e);
    }
  }

  Object celEval(CelRuntime.Program p) {
    try {
      return p.eval(roots);
    } catch (Exception e) {
      throw new IllegalStateException("CEL evaluation failed", e);
    }
  }
}
