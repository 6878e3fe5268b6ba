package strongroom.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.expr.eval.Code;
import strongroom.expr.eval.Compiler;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.Values;
import strongroom.expr.syntax.Node;
import strongroom.expr.syntax.TemplateScanner;

/** Evaluates {@code for var.<name> in <expr>} expressions and zips them to the shortest. */
final class Iterators {
  private final Expressions owner;

  Iterators(Expressions owner) {
    this.owner = owner;
  }

  List<Map<String, Object>> bindings(List<String> forEach, Frame frame) {
    List<String> names = new ArrayList<>();
    List<List<?>> collections = new ArrayList<>();
    int shortest = Integer.MAX_VALUE;
    for (String text : forEach) {
      String src = unwrap(text);
      Node node = Template.parseExpression(src, owner.functions(), owner.limits());
      if (!(node instanceof Node.Iterator it)) {
        throw new ExprSyntaxException(ExprErrorCode.PARSE,
            "expected 'for var.<name> in <expression>'", 1, src);
      }
      if (names.contains(it.var())) {
        throw new ExprSyntaxException(ExprErrorCode.PARSE,
            "loop variable 'var." + it.var() + "' is bound twice", it.pos() + 1, src);
      }
      Code code = Compiler.compile(it.collection(), src, owner.functions());
      Object collection;
      try {
        collection = code.run(frame);
      } catch (ExprException e) {
        throw e.locate(it.collection().pos() + 1, src);
      }
      if (!(collection instanceof List<?> list)) {
        throw new ExprEvalException(ExprErrorCode.NOT_ITERABLE, "cannot iterate over "
            + Values.typeName(collection) + " in 'for var." + it.var() + "'",
            it.collection().pos() + 1, src);
      }
      names.add(it.var());
      collections.add(list);
      shortest = Math.min(shortest, list.size());
    }
    if (names.isEmpty()) {
      return List.of();
    }
    frame.checkSize((long) shortest * names.size());
    List<Map<String, Object>> out = new ArrayList<>(shortest);
    for (int i = 0; i < shortest; i++) {
      Map<String, Object> binding = new LinkedHashMap<>();
      for (int k = 0; k < names.size(); k++) {
        binding.put(names.get(k), Values.canon(collections.get(k).get(i)));
      }
      out.add(binding);
    }
    return out;
  }

  // "${{ for var.x in ... }}" and "for var.x in ..." are the same loop.
  private static String unwrap(String text) {
    List<TemplateScanner.Part> parts = TemplateScanner.scan(text.strip());
    if (parts.size() == 1 && parts.get(0) instanceof TemplateScanner.Expr e) {
      return e.source();
    }
    return text;
  }
}
