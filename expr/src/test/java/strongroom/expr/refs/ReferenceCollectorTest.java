package strongroom.expr.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import strongroom.expr.Expressions;

/** The template-internal roots the collector keeps apart from {@code References}. */
class ReferenceCollectorTest {
  private final Expressions expressions = Expressions.create();

  private ReferenceCollector collect(String template) {
    ReferenceCollector collector = new ReferenceCollector();
    expressions.parse(template).expressions().forEach(collector::add);
    return collector;
  }

  @Test
  void inputsAndSteps_collectedByFirstName() {
    ReferenceCollector c = collect("${{ inputs.base_url }}/x/${{ FN.length(steps.token.result.data) }}"
        + "${{ inputs.url if steps.lookup.result else inputs.base_url }}");
    assertEquals(List.of("base_url", "url"), List.copyOf(c.inputs()));
    assertEquals(List.of("token", "lookup"), List.copyOf(c.steps()));
  }

  @Test
  void inputsAndSteps_stayOutOfReferences() {
    ReferenceCollector c = collect("${{ inputs.url }} ${{ steps.a.result }}");
    assertTrue(c.result().isEmpty());
    assertEquals(Set.of("url"), c.inputs());
  }

  @Test
  void workflowRoots_leaveTemplateSetsEmpty() {
    ReferenceCollector c = collect("${{ ACTIONS.a.result }} ${{ TRIGGER.x }} ${{ var.item }}");
    assertTrue(c.inputs().isEmpty());
    assertTrue(c.steps().isEmpty());
  }
}
