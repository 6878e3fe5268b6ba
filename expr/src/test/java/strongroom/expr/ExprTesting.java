package strongroom.expr;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.PyStr;

/** Shared fixtures: one instance, a fixed clock, a context with every root filled. */
public final class ExprTesting {
  public static final Expressions EXPR = Expressions.create();
  public static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
  /** Planted in SECRETS; must never appear in any error message. */
  public static final String CANARY = "canary-9f3e1b7a-SECRET-VALUE";

  private ExprTesting() {}

  public static EvalContext context() {
    Map<String, Object> actions = new LinkedHashMap<>();
    actions.put("scan", Map.of("result", map("count", 3L, "score", 72.5, "items",
        List.of(map("id", 1L, "tags", List.of("a", "b")), map("id", 2L, "tags", List.of("c")),
            map("name", "no-id")), "empty", List.of(), "nothing", null)));
    actions.put("lookup", Map.of("result", map("ip", "8.8.8.8", "ok", true),
        "error", "boom"));
    return EvalContext.builder()
        .actions(actions)
        .trigger(map("user", map("name", "Ada Lovelace", "email", "ada@example.com"),
            "ids", List.of(10L, 20L, 30L), "count", 7, "key.with.dots", "dotted"))
        .var(map("x", 5L, "item", map("name", "first")))
        .env(map("environment", "default", "workflow", map("execution_id", "exec-1")))
        .vars(map("settings", map("region", "eu-west-1", "limit", 10L)))
        .secrets(SecretsLookup.ofMap(Map.of("virustotal", Map.of("API_KEY", CANARY),
            "slack", Map.of("TOKEN", "xoxb-" + CANARY))))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  /** An insertion-ordered map from alternating keys and values (values may be null). */
  public static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The value of {@code ${{ expr }}} in the standard context. */
  public static Object eval(String expr) {
    return EXPR.evaluate("${{ " + expr + " }}", context());
  }

  /** Python repr of the value of {@code expr}, for table comparisons. */
  public static String repr(String expr) {
    return PyStr.repr(eval(expr), Frame.standalone());
  }

  /** The error {@code expr} raises, or fails the test. */
  public static ExprException error(String expr) {
    try {
      Object v = eval(expr);
      throw new AssertionError("expected an error from " + expr + " but got "
          + PyStr.repr(v, Frame.standalone()));
    } catch (ExprException e) {
      return e;
    }
  }

  /**
   * Table rows from a text block: {@code left ==> right} per line; blank lines and lines
   * starting with {@code #} are skipped.
   */
  public static Stream<Arguments> table(String block) {
    List<Arguments> rows = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int at = line.lastIndexOf(" ==> ");
      if (at < 0) {
        throw new IllegalArgumentException("no ' ==> ' in table row: " + line);
      }
      rows.add(Arguments.of(line.substring(0, at).strip(), line.substring(at + 5).strip()));
    }
    return rows.stream();
  }
}
