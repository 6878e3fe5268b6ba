package strongroom.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static strongroom.expr.ExprTesting.EXPR;
import static strongroom.expr.ExprTesting.context;
import static strongroom.expr.ExprTesting.map;
import static strongroom.expr.ExprTesting.table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateTest {

  static Stream<Arguments> renderings() {
    // Each value rendered inside text as Python's str() renders it.
    return table("""
        v=${{ True }} ==> v=True
        v=${{ False }} ==> v=False
        v=${{ None }} ==> v=None
        v=${{ 3 }} ==> v=3
        v=${{ 2.0 }} ==> v=2.0
        v=${{ 1 / 3 }} ==> v=0.3333333333333333
        v=${{ 1e16 }} ==> v=1e+16
        v=${{ 1e15 }} ==> v=1000000000000000.0
        v=${{ 0.0001 }} ==> v=0.0001
        v=${{ 0.00001 }} ==> v=1e-05
        v=${{ 0.1 + 0.2 }} ==> v=0.30000000000000004
        v=${{ [1, 'a', None, True] }} ==> v=[1, 'a', None, True]
        v=${{ {'a': 1, 'b': None} }} ==> v={'a': 1, 'b': None}
        v=${{ ["it's"] }} ==> v=["it's"]
        v=${{ ['a"b'] }} ==> v=['a"b']
        v=${{ ['both\\'"'] }} ==> v=['both\\'"']
        v=${{ FN.to_datetime('2024-01-02T03:04:05Z') }} ==> v=2024-01-02 03:04:05+00:00
        v=${{ 'text' }} ==> v=text
        ${{ 1 }}${{ 2 }} ==> 12
        ${{ 1 }} and more ==> 1 and more
        a ${{ 'x' }} b ${{ 'y' }} c ==> a x b y c
        ${{ 'a}}b' }} ==> a}}b
        ${{ "a}}b" }}! ==> a}}b!
        x${{1}}y ==> x1y
        =${{    1   +   1    }} ==> =2
        ${{ {'a': {'b': 1}} }}. ==> {'a': {'b': 1}}.
        unclosed ${{ 1 + 1 ==> unclosed ${{ 1 + 1
        ${{ 1 }} then unclosed ${{ 2 ==> 1 then unclosed ${{ 2
        ${{ 'open string }} ==> ${{ 'open string }}
        no template here ==> no template here
        $ {{ 1 }} ==> $ {{ 1 }}
        """);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("renderings")
  void mixedTemplate_rendersLikePythonStr(String template, String expected) {
    assertEquals(expected, EXPR.evaluate(template, context()));
  }

  @Test
  void singleTemplate_returnsTypedValue() {
    assertEquals(3L, EXPR.evaluate("${{ ACTIONS.scan.result.count }}", context()));
    assertEquals(72.5, EXPR.evaluate("${{ ACTIONS.scan.result.score }}", context()));
    assertEquals(true, EXPR.evaluate("${{ ACTIONS.lookup.result.ok }}", context()));
    assertEquals(null, EXPR.evaluate("${{ ACTIONS.scan.result.nothing }}", context()));
    assertEquals(List.of(10L, 20L, 30L), EXPR.evaluate("${{ TRIGGER.ids }}", context()));
    assertEquals(Map.of("b", 1L), EXPR.evaluate("${{ {'b': 1} }}", context()));
    assertEquals(7L, EXPR.evaluate("${{TRIGGER.count}}", context()));
  }

  @Test
  void nestedStructure_evaluatesEveryStringAndKey() {
    Object in = map("url", "https://x/${{ TRIGGER.ids[0] }}", "n", "${{ 1 + 1 }}",
        "${{ 'k' + 'ey' }}", List.of("${{ True }}", 5L, map("deep", "${{ var.x }}")),
        "plain", "as is", "num", 1.5);
    Object out = EXPR.evaluate(in, context());
    assertEquals(map("url", "https://x/10", "n", 2L, "key",
        List.of(true, 5L, map("deep", 5L)), "plain", "as is", "num", 1.5), out);
  }

  @Test
  void mapKeysEvaluatingToSameText_fail_withDuplicateKey() {
    Object in = map("${{ 'a' }}", 1L, "a", 2L);
    ExprException e = assertThrows(ExprException.class, () -> EXPR.evaluate(in, context()));
    assertEquals(ExprErrorCode.DUPLICATE_KEY, e.code());
  }

  @Test
  void nonStringKeyValue_isRenderedAsText() {
    assertEquals(map("3", "x"), EXPR.evaluate(map("${{ 1 + 2 }}", "x"), context()));
  }

  @Test
  void datetimeValue_rendersWithMicrosAndOffset() {
    EvalContext ctx = EvalContext.builder().trigger(map("t",
        OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123456000, ZoneOffset.ofHours(2)))).build();
    assertEquals("at 2024-01-02 03:04:05.123456+02:00",
        EXPR.evaluate("at ${{ TRIGGER.t }}", ctx));
  }

  @Test
  void syntaxError_inOneOfSeveralTemplates_reportsPositionInItsExpression() {
    ExprSyntaxException e = assertThrows(ExprSyntaxException.class,
        () -> EXPR.evaluate("ok ${{ 1 }} bad ${{ 1 + }}", context()));
    assertEquals(" 1 + ", e.expression());
    assertEquals(6, e.position());
  }
}
