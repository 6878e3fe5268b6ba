package strongroom.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import strongroom.expr.fn.FunctionRegistry;

/**
 * Seeded random and mutated expressions: each must end in a value or a typed language error
 * within 50 ms. Any other exception (or error) fails the test.
 */
class FuzzTest {
  private static final int COUNT = 100_000;
  private static final long BUDGET_NANOS = 50_000_000L;
  private static final String[] ATOMS = {
    "1", "0", "-1", "2.5", "1e308", "9223372036854775807", "'a'", "\"b\"", "''", "'\\\\d+'",
    "True", "False", "None", "[]", "{}", "[1, 'a', None]", "{'k': [1, 2]}", "TRIGGER",
    "TRIGGER.ids", "TRIGGER.user.name", "ACTIONS.scan.result.items[*].id",
    "ACTIONS.scan.result", "var.x", "var.item", "ENV.workflow", "VARS.settings.limit",
    "SECRETS.virustotal.API_KEY", "SECRETS.nope.KEY", "TRIGGER.ids[-1]", "FN.range(5)",
    "FN.range(1000000)", "FN.range(100000)", "'x' * 1000", "'y' * 1000000", "FN.now()"
  };
  /** The atoms that build megabyte-scale values. */
  private static final List<String> HEAVY_ATOMS = List.of("'y' * 1000000", "FN.range(1000000)", "FN.range(100000)");
  private static final String[] BINARY = {
    "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not",
    "&&", "||"
  };
  private static final String[] NOISE = {
    "(", ")", "[", "]", "{", "}", "${{", "}}", "'", "\"", "\\", ".", ",", ":", "->", "*",
    "if", "else", "not", "for var.x in", "FN.", "[*]", " ", "\u0000", "é", "\uD83D\uDE00"
  };

  private final Random random = new Random(20240102L);
  private final List<String> functions = List.copyOf(FunctionRegistry.standard().names());

  @Test
  void randomAndMutatedExpressions_endInValueOrTypedError_quickly() {
    EvalContext ctx = ExprTesting.context();
    Expressions expr = Expressions.create();
    List<String> corpus = corpus();
    // Warm-up: class loading and JIT are not the subject here. Besides the corpus, every cast and
    // function meets the megabyte-scale atoms once, so the timed part never times their cold paths.
    for (String c : corpus) {
      run(expr, c, ctx, false);
    }
    for (String heavy : HEAVY_ATOMS) {
      for (String cast : List.of("int", "float", "str", "bool")) {
        run(expr, "${{ " + cast + "([1, " + heavy + "]) }}", ctx, false);
        run(expr, "${{ " + cast + "(" + heavy + ") }}", ctx, false);
      }
      for (String fn : functions) {
        run(expr, "${{ FN." + fn + "(" + heavy + ") }}", ctx, false);
      }
    }
    int typedErrors = 0;
    for (int i = 0; i < COUNT; i++) {
      String e = switch (i % 3) {
        case 0 -> "${{ " + generate(0) + " }}";
        case 1 -> mutate("${{ " + corpus.get(random.nextInt(corpus.size())) + " }}");
        default -> mutate(mutate("${{ " + generate(0) + " }}"));
      };
      if (!run(expr, e, ctx, true)) {
        typedErrors++;
      }
    }
    assertTrue(typedErrors > COUNT / 10 && typedErrors < COUNT, "errors: " + typedErrors);
  }

  /** True when it produced a value, false for a typed error; anything else fails. */
  private static boolean run(Expressions expr, String template, EvalContext ctx, boolean timed) {
    for (int attempt = 0; ; attempt++) {
      long start = System.nanoTime();
      boolean ok;
      try {
        expr.evaluate(template, ctx);
        if (template.contains("${{")) {
          expr.references(template);
        }
        ok = true;
      } catch (ExprException e) {
        ok = false;
      } catch (Throwable t) {
        throw new AssertionError("untyped failure for: " + template, t);
      }
      long took = System.nanoTime() - start;
      // Two retries keep a garbage-collection pause, or a first pass over megabyte strings in
      // code the JIT has not compiled yet, from failing the test; a slow input is slow thrice.
      if (!timed || took <= BUDGET_NANOS) {
        return ok;
      }
      if (attempt == 2) {
        fail("took " + took / 1_000_000 + " ms: " + template);
      }
    }
  }

  private String generate(int depth) {
    int pick = depth > 4 ? random.nextInt(2) : random.nextInt(10);
    return switch (pick) {
      case 0, 1 -> ATOMS[random.nextInt(ATOMS.length)];
      case 2 -> generate(depth + 1) + " " + BINARY[random.nextInt(BINARY.length)] + " "
          + generate(depth + 1);
      case 3 -> (random.nextBoolean() ? "not " : "-") + generate(depth + 1);
      case 4 -> call(depth);
      case 5 -> generate(depth + 1) + " if " + generate(depth + 1) + " else " + generate(depth + 1);
      case 6 -> "[" + generate(depth + 1) + ", " + generate(depth + 1) + "]";
      case 7 -> "{'k" + random.nextInt(3) + "': " + generate(depth + 1) + "}";
      case 8 -> List.of("int", "float", "str", "bool").get(random.nextInt(4)) + "("
          + generate(depth + 1) + ")";
      default -> "(" + generate(depth + 1) + ")" + (random.nextBoolean() ? "[0]" : ".k0");
    };
  }

  private String call(int depth) {
    String name = functions.get(random.nextInt(functions.size()));
    int n = random.nextInt(4);
    List<String> args = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      args.add(generate(depth + 1));
    }
    return "FN." + name + (random.nextInt(8) == 0 ? ".map(" : "(")
        + String.join(", ", args) + ")";
  }

  private String mutate(String s) {
    StringBuilder sb = new StringBuilder(s);
    int edits = 1 + random.nextInt(3);
    for (int k = 0; k < edits && sb.length() > 0; k++) {
      int at = random.nextInt(sb.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> sb.insert(at, NOISE[random.nextInt(NOISE.length)]);
        case 1 -> sb.delete(Math.min(at, sb.length() - 1), Math.min(sb.length(), at + 1 + random.nextInt(3)));
        case 2 -> {
          int from = random.nextInt(sb.length());
          int to = Math.min(sb.length(), from + random.nextInt(12));
          sb.insert(at, sb.substring(from, to));
        }
        default -> sb.setCharAt(Math.min(at, sb.length() - 1), (char) (32 + random.nextInt(95)));
      }
    }
    return sb.toString();
  }

  private static List<String> corpus() {
    // Every row of the function tables, plus the operator and path tables.
    String all = String.join("\n", fnTables());
    return all.lines().filter(l -> l.contains(" ==> "))
        .map(l -> l.substring(0, l.lastIndexOf(" ==> ")).strip())
        .collect(Collectors.toList());
  }

  private static List<String> fnTables() {
    return List.of(strongroom.expr.fn.FuzzCorpus.tables());
  }
}
