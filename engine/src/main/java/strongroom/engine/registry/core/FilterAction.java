package strongroom.engine.registry.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import strongroom.engine.registry.Action;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionException;
import strongroom.expr.EvalContext;
import strongroom.expr.Expressions;
import strongroom.expr.Template;
import strongroom.expr.eval.Values;

/**
 * {@code core.transform.filter}: keeps the items for which {@code condition}, a bare expression
 * such as {@code var.item.severity >= 7}, is truthy. The condition is written without
 * {@code ${{ }}} so that the runner leaves it alone when it evaluates the arguments; any
 * {@code ${{ }}} parts inside it are evaluated first and so become constants.
 */
final class FilterAction implements Action {
  private final Expressions expressions;

  FilterAction(Expressions expressions) {
    this.expressions = expressions;
  }

  @Override
  public Object execute(ActionContext context) {
    List<?> items = (List<?>) context.args().get("items");
    String condition = (String) context.args().get("condition");
    if (condition.contains("}}")) {
      throw new ActionException("`condition` is a bare expression; it may not contain `}}`");
    }
    // The condition sees only var.item: no secrets, no other actions' results.
    Template compiled = expressions.parse("${{ " + condition + " }}");
    EvalContext base = EvalContext.builder().build();
    List<Object> kept = new ArrayList<>();
    for (Object item : items) {
      // singletonMap, not Map.of: a null item is a legitimate element of a JSON list.
      EvalContext one = base.toBuilder().var(Collections.singletonMap("item", item)).build();
      Object verdict = compiled.evaluate(one);
      if (Values.truthy(verdict)) {
        kept.add(item);
      }
    }
    return kept;
  }
}
