package strongroom.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code inputs} and {@code steps} roots that integration templates read. */
class TemplateContextsTest {
  private final Expressions expressions = Expressions.create();

  private final EvalContext context = EvalContext.builder()
      .inputs(Map.of("url", "https://example.com", "limit", 3L))
      .steps(Map.of("lookup", Map.of("result", Map.of("data", List.of(1L, 2L)))))
      .build();

  @Test
  void inputs_pathsReadTemplateArguments() {
    assertEquals("https://example.com", expressions.evaluate("${{ inputs.url }}", context));
    assertEquals(4L, expressions.evaluate("${{ inputs.limit + 1 }}", context));
  }

  @Test
  void steps_pathsReadEarlierResults() {
    assertEquals(2L, expressions.evaluate("${{ steps.lookup.result.data[-1] }}", context));
  }

  @Test
  void missingPaths_areNull_likeTrigger() {
    assertNull(expressions.evaluate("${{ inputs.nope }}", context));
    assertNull(expressions.evaluate("${{ steps.other.result }}", EvalContext.empty()));
  }

  @Test
  void references_doNotReportTemplateInternals() {
    References refs = expressions.references("${{ inputs.url }} ${{ steps.a.result }} ${{ SECRETS.vt.KEY }}");
    assertTrue(refs.actions().isEmpty());
    assertEquals(1, refs.secrets().size());
  }
}
