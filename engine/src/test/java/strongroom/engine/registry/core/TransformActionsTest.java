package strongroom.engine.registry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionException;
import strongroom.engine.testing.TestActionContext;
import strongroom.expr.Expressions;

class TransformActionsTest {
  private final Expressions expressions = Expressions.create();

  @Test
  void reshape_returnsItsValue() throws Exception {
    Map<String, Object> value = Map.of("a", List.of(1L, "x"), "b", Map.of());
    assertEquals(value, TestActionContext.builder().arg("value", value).build()
        .run(CoreActions.reshape()));
  }

  @Test
  void filter_keepsItemsWhoseConditionIsTruthy() throws Exception {
    List<Object> items = new ArrayList<>(List.of(Map.of("severity", 8L, "id", "a"),
        Map.of("severity", 2L, "id", "b"), Map.of("severity", 9L, "id", "c")));
    items.add(null);
    Object kept = TestActionContext.builder().arg("items", items)
        .arg("condition", "var.item && var.item.severity >= 7").build().run(CoreActions.filter(expressions));
    assertEquals(List.of(items.get(0), items.get(2)), kept);
  }

  @Test
  void filter_pythonTruthiness_andFunctions() throws Exception {
    Object kept = TestActionContext.builder().arg("items", List.of("", "a", "bb", "ccc"))
        .arg("condition", "FN.length(var.item) % 2").build().run(CoreActions.filter(expressions));
    assertEquals(List.of("a", "ccc"), kept);
  }

  @Test
  void filter_conditionWithTemplateBraces_refused() {
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("items", List.of(1L)).arg("condition", "var.item }} ${{ 1").build()
        .run(CoreActions.filter(expressions)));
    assertEquals("`condition` is a bare expression; it may not contain `}}`", e.getMessage());
  }
}
