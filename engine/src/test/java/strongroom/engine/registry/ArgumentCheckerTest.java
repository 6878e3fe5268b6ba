package strongroom.engine.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentCheckerTest {
  private static final ActionSpec SPEC = new ActionSpec("test.echo", "Echo.",
      List.of(ArgumentSpec.required("url", ArgumentType.STRING, "A URL."),
          ArgumentSpec.optional("timeout", ArgumentType.NUMBER, 30.0, "Seconds."),
          ArgumentSpec.optional("retries", ArgumentType.INTEGER, 3L, "Retries."),
          ArgumentSpec.optional("extra", ArgumentType.ANY, null, "Anything.")),
      List.of(), c -> null);

  @Test
  void check_validArgs_noProblems() {
    assertTrue(ArgumentChecker.check(SPEC, Map.of("url", "https://x", "timeout", 5L)).isEmpty());
  }

  @Test
  void check_everyProblem_reportedOnceNamingItsArgument() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("urll", "https://x");
    args.put("timeout", "fast");
    args.put("retries", 1.5);
    List<ArgumentProblem> problems = ArgumentChecker.check(SPEC, args);
    assertEquals(List.of("urll", "url", "timeout", "retries"),
        problems.stream().map(ArgumentProblem::argument).toList());
    assertEquals(List.of(ArgumentProblem.Code.UNKNOWN_ARGUMENT,
        ArgumentProblem.Code.MISSING_ARGUMENT, ArgumentProblem.Code.WRONG_TYPE,
        ArgumentProblem.Code.WRONG_TYPE), problems.stream().map(ArgumentProblem::code).toList());
    assertEquals("argument `timeout` of `test.echo` must be number, not string",
        problems.get(2).message());
    assertTrue(problems.get(0).message().contains("unknown argument `urll`"));
  }

  @Test
  void check_wrongType_messageNeverQuotesTheValue() {
    String value = "looks-like-a-secret-value";
    ArgumentProblem p = ArgumentChecker.check(SPEC, Map.of("url", "u", "retries", value)).get(0);
    assertTrue(!p.message().contains(value) && !p.toString().contains(value));
  }

  @Test
  void check_nullRequired_isMissing_nullOptional_isFine() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("url", null);
    args.put("timeout", null);
    List<ArgumentProblem> problems = ArgumentChecker.check(SPEC, args);
    assertEquals(1, problems.size());
    assertEquals(ArgumentProblem.Code.MISSING_ARGUMENT, problems.get(0).code());
  }

  @Test
  void withDefaults_fillsAbsentAndNull_keepsGiven() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("url", "u");
    args.put("timeout", null);
    args.put("retries", 7L);
    Map<String, Object> filled = ArgumentChecker.withDefaults(SPEC, args);
    assertEquals(30.0, filled.get("timeout"));
    assertEquals(7L, filled.get("retries"));
    assertTrue(!filled.containsKey("extra"));
  }
}
