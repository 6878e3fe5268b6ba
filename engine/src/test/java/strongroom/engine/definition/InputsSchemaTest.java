package strongroom.engine.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputsSchemaTest {
  private static final Map<String, Object> SCHEMA = Map.of(
      "url", Map.of("type", "str", "description", "what to scan"),
      "limit", Map.of("type", "integer", "default", 10L),
      "tags", Map.of("type", "list", "required", false));

  @Test
  void apply_fillsDefaults_andKeepsGivenValues() {
    InputsSchema.Checked checked = InputsSchema.apply(SCHEMA, Map.of("url", "https://x.test"));
    assertEquals(List.of(), checked.problems());
    assertEquals(Map.of("url", "https://x.test", "limit", 10L), checked.inputs());
  }

  @Test
  void apply_missingWrongTypeAndUndeclared_areAllReported() {
    InputsSchema.Checked checked = InputsSchema.apply(SCHEMA, Map.of("limit", "ten", "extra", 1L));
    assertNull(checked.inputs());
    assertEquals(List.of("input `extra` is not declared", "input `limit` must be of type integer",
        "input `url` is required"), checked.problems().stream().sorted().toList());
  }

  @Test
  void apply_withoutSchema_passesInputsUnchanged() {
    assertEquals(Map.of("a", 1L), InputsSchema.apply(null, Map.of("a", 1L)).inputs());
  }

  @Test
  void apply_nonMapInputs_isAProblem() {
    assertEquals(List.of("trigger inputs must be a map of the declared inputs"),
        InputsSchema.apply(SCHEMA, List.of(1L)).problems());
  }

  @Test
  void check_badSchema_namesEachField() {
    List<Problem> problems = InputsSchema.check(Map.of(
        "a", "string",
        "b", Map.of("type", "strng"),
        "c", Map.of("type", "int", "default", "x", "requird", true)));
    assertEquals(List.of("inputs.a", "inputs.b.type", "inputs.c.default", "inputs.c.requird"),
        problems.stream().map(Problem::path).sorted().toList());
  }
}
