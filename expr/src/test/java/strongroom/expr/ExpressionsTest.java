package strongroom.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static strongroom.expr.ExprTesting.EXPR;
import static strongroom.expr.ExprTesting.context;
import static strongroom.expr.ExprTesting.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  @Test
  void parse_sameTemplateTwice_returnsCachedInstance() {
    Expressions e = Expressions.create();
    Template a = e.parse("${{ 1 + 1 }}");
    assertSame(a, e.parse("${{ 1 + 1 }}"));
    assertNotSame(a, e.compile("${{ 1 + 1 }}"));
    assertEquals(1, e.cachedTemplates());
  }

  @Test
  void cache_isBoundedInSize() {
    Expressions e = Expressions.builder().cacheCapacity(64).build();
    for (int i = 0; i < 1000; i++) {
      e.evaluate("${{ " + i + " }}", EvalContext.empty());
    }
    assertTrue(e.cachedTemplates() <= 64, "cache held " + e.cachedTemplates());
  }

  @Test
  void plainString_isNotParsedOrCached() {
    Expressions e = Expressions.create();
    assertEquals("no template", e.evaluate("no template", EvalContext.empty()));
    assertEquals(0, e.cachedTemplates());
  }

  @Test
  void evaluate_concurrently_givesSameResults() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i % 10;
        results.add(pool.submit(() -> EXPR.evaluate("${{ var.x * " + n + " }}", context())));
      }
      for (int i = 0; i < 200; i++) {
        assertEquals(5L * (i % 10), results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void references_collectEveryKindWithoutEvaluating() {
    Object value = map(
        "auth", "Bearer ${{ SECRETS.virustotal.API_KEY }}",
        "${{ SECRETS.slack.TOKEN }}", List.of("${{ ACTIONS.scan.result.items[var.i].id }}"),
        "q", "${{ FN.lowercase(TRIGGER.user['name']) if ENV.environment else TRIGGER.ids[0] }}",
        "w", "${{ VARS.settings.region }} ${{ TRIGGER.ids[*] }} ${{ TRIGGER }}",
        "n", 5L);
    References r = EXPR.references(value);
    assertEquals(List.of("virustotal.API_KEY", "slack.TOKEN"),
        r.secrets().stream().map(Object::toString).toList());
    assertEquals(List.of("scan"), List.copyOf(r.actions()));
    assertEquals(List.of("i"), List.copyOf(r.vars()));
    assertEquals(List.of("TRIGGER.user['name']", "TRIGGER.ids[0]", "TRIGGER.ids[*]", "TRIGGER"),
        List.copyOf(r.triggerPaths()));
    assertEquals(List.of("ENV.environment"), List.copyOf(r.env()));
    assertEquals(List.of("settings.region"),
        r.workspaceVars().stream().map(Object::toString).toList());
    assertEquals(List.of("lowercase"), List.copyOf(r.functions()));
  }

  @Test
  void references_ofMissingSecret_doNotNeedTheSecret() {
    References r = EXPR.references("${{ SECRETS.absent.KEY }}");
    assertEquals(List.of(new References.SecretRef("absent", "KEY")), List.copyOf(r.secrets()));
    assertTrue(EXPR.references("plain").isEmpty());
  }

  @Test
  void references_ofInvalidTemplate_throwSyntaxError() {
    assertThrows(ExprSyntaxException.class, () -> EXPR.references("${{ 1 + }}"));
  }

  @Test
  void iterate_singleLoop_bindsEachElement() {
    List<Map<String, Object>> b = EXPR.iterate(List.of("${{ for var.id in TRIGGER.ids }}"), context());
    assertEquals(List.of(Map.of("id", 10L), Map.of("id", 20L), Map.of("id", 30L)), b);
  }

  @Test
  void iterate_severalLoops_zipToShortest() {
    List<Map<String, Object>> b = EXPR.iterate(
        List.of("for var.id in TRIGGER.ids", "${{ for var.c in ['a', 'b'] }}"), context());
    assertEquals(List.of(map("id", 10L, "c", "a"), map("id", 20L, "c", "b")), b);
  }

  @Test
  void iterate_boundValues_areVisibleThroughWithVar() {
    EvalContext ctx = context();
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> binding : EXPR.iterate(List.of("for var.n in FN.range(3)"), ctx)) {
      EvalContext one = ctx;
      for (Map.Entry<String, Object> e : binding.entrySet()) {
        one = one.withVar(e.getKey(), e.getValue());
      }
      out.add(EXPR.evaluate("${{ var.n * 10 }}", one));
    }
    assertEquals(List.of(0L, 10L, 20L), out);
  }

  @Test
  void iterate_overNonList_failsNotIterable() {
    ExprException e = assertThrows(ExprException.class,
        () -> EXPR.iterate(List.of("for var.x in TRIGGER.user"), context()));
    assertEquals(ExprErrorCode.NOT_ITERABLE, e.code());
    assertTrue(e.getMessage().contains("dict"), e.getMessage());
    assertEquals(ExprErrorCode.NOT_ITERABLE,
        assertThrows(ExprException.class, () -> EXPR.iterate(List.of("for var.x in 5"), context())).code());
  }

  @Test
  void iterate_malformedLoops_failParse() {
    assertEquals(ExprErrorCode.PARSE, assertThrows(ExprException.class,
        () -> EXPR.iterate(List.of("TRIGGER.ids"), context())).code());
    assertEquals(ExprErrorCode.PARSE, assertThrows(ExprException.class,
        () -> EXPR.iterate(List.of("for var.a in [1]", "for var.a in [2]"), context())).code());
  }

  @Test
  void iteratorInsideTemplate_fails() {
    ExprException e = assertThrows(ExprException.class,
        () -> EXPR.evaluate("${{ for var.x in [1] }}", context()));
    assertTrue(e.getMessage().contains("for_each"), e.getMessage());
  }

  @Test
  void longExpression_failsWithLimit() {
    String big = "${{ " + "1 + ".repeat(5000) + "1 }}";
    ExprException e = assertThrows(ExprException.class, () -> EXPR.evaluate(big, context()));
    assertEquals(ExprErrorCode.LIMIT, e.code());
  }

  @Test
  void deeplyNestedInputValue_failsWithLimit_notStackOverflow() {
    Object v = "leaf";
    for (int i = 0; i < 100_000; i++) {
      v = List.of(v);
    }
    Object deep = v;
    assertEquals(ExprErrorCode.LIMIT,
        assertThrows(ExprException.class, () -> EXPR.evaluate(deep, context())).code());
    EvalContext ctx = EvalContext.builder().trigger(deep).build();
    assertEquals(ExprErrorCode.LIMIT, assertThrows(ExprException.class,
        () -> EXPR.evaluate("${{ str(TRIGGER) }}", ctx)).code());
    assertEquals(ExprErrorCode.LIMIT, assertThrows(ExprException.class,
        () -> EXPR.evaluate("${{ TRIGGER == TRIGGER[0] }}", ctx)).code());
  }

  @Test
  void hugeWork_failsWithWorkBudget() {
    // 1000 x 100,000 hashed elements: far past the budget, stopped instead of hanging.
    ExprException e = assertThrows(ExprException.class, () -> EXPR.evaluate(
        "${{ FN.unique([FN.range(100000)] * 1000) }}", context()));
    assertEquals(ExprErrorCode.LIMIT, e.code());
  }

  @Test
  void customLimits_apply() {
    Expressions small = Expressions.builder()
        .limits(new Limits(32, 4, 10, 100, 1_000_000)).build();
    assertEquals(ExprErrorCode.LIMIT, assertThrows(ExprException.class,
        () -> small.evaluate("${{ FN.range(11) }}", EvalContext.empty())).code());
    assertEquals(ExprErrorCode.LIMIT, assertThrows(ExprException.class,
        () -> small.evaluate("${{ ((((((1)))))) }}", EvalContext.empty())).code());
    assertEquals(ExprErrorCode.LIMIT, assertThrows(ExprException.class,
        () -> small.evaluate("${{ 'x' * 101 }}", EvalContext.empty())).code());
  }

  @Test
  void contextToString_namesNoValues() {
    String s = context().toString();
    assertFalse(s.contains(ExprTesting.CANARY), s);
    assertFalse(s.contains("Ada"), s);
  }
}
