package strongroom.engine.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.ArgumentType;
import strongroom.expr.syntax.TemplateScanner;

/**
 * Checks written arguments against an action's {@link ArgumentSpec}s before a run: unknown and
 * missing names, and the types of literals (a template's type is known only when it runs; the
 * runner checks evaluated values with {@link strongroom.engine.registry.ArgumentChecker}).
 */
public final class WrittenArguments {
  private WrittenArguments() {}

  /** Problems visible in the written arguments: unknown names, missing required ones, literals of the wrong type. */
  public static List<Problem> checkWritten(String ref, ActionSpec spec, Map<String, Object> args) {
    List<Problem> out = new ArrayList<>();
    Map<String, ArgumentSpec> byName = byName(spec);
    for (Map.Entry<String, Object> arg : args.entrySet()) {
      ArgumentSpec argSpec = byName.get(arg.getKey());
      String path = "args." + arg.getKey();
      if (argSpec == null) {
        out.add(Problem.error(ProblemCode.UNKNOWN_ARGUMENT, ref, path, "`" + spec.name()
            + "` has no argument `" + arg.getKey() + "`; it takes " + byName.keySet()));
        continue;
      }
      Object value = arg.getValue();
      if (value == null || argSpec.type() == ArgumentType.ANY || hasTemplate(value)) {
        boolean mixedText = value instanceof String s && hasTemplate(s) && !singleExpression(s);
        if (mixedText && argSpec.type() != ArgumentType.STRING && argSpec.type() != ArgumentType.ANY) {
          out.add(wrongType(ref, path, argSpec, "string (text around a template)"));
        }
        continue;
      }
      if (!argSpec.type().accepts(value)) {
        out.add(wrongType(ref, path, argSpec, typeName(value)));
      }
    }
    for (ArgumentSpec argSpec : spec.arguments()) {
      if (argSpec.required() && !args.containsKey(argSpec.name())) {
        out.add(Problem.error(ProblemCode.MISSING_ARGUMENT, ref, "args." + argSpec.name(),
            "`" + spec.name() + "` needs argument `" + argSpec.name() + "`"));
      }
    }
    return out;
  }

  public static String typeName(Object value) {
    if (value == null) {
      return "null";
    }
    for (ArgumentType t : List.of(ArgumentType.BOOLEAN, ArgumentType.INTEGER, ArgumentType.NUMBER,
        ArgumentType.STRING, ArgumentType.OBJECT, ArgumentType.ARRAY)) {
      if (t.accepts(value)) {
        return t.wireName();
      }
    }
    return value.getClass().getSimpleName();
  }

  private static Problem wrongType(String ref, String path, ArgumentSpec spec, String got) {
    return Problem.error(ProblemCode.WRONG_TYPE, ref, path, "must be " + spec.type().wireName() + ", got " + got);
  }

  private static Map<String, ArgumentSpec> byName(ActionSpec spec) {
    Map<String, ArgumentSpec> out = new LinkedHashMap<>();
    spec.arguments().forEach(a -> out.put(a.name(), a));
    return out;
  }

  static boolean hasTemplate(Object value) {
    if (value instanceof String s) {
      return TemplateScanner.mayContainTemplate(s);
    }
    if (value instanceof Map<?, ?> m) {
      return m.entrySet().stream().anyMatch(e -> hasTemplate(String.valueOf(e.getKey())) || hasTemplate(e.getValue()));
    }
    if (value instanceof List<?> l) {
      return l.stream().anyMatch(WrittenArguments::hasTemplate);
    }
    return false;
  }

  private static boolean singleExpression(String s) {
    List<TemplateScanner.Part> parts = TemplateScanner.scan(s.strip());
    return parts.size() == 1 && parts.get(0) instanceof TemplateScanner.Expr;
  }
}
