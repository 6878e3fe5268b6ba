package strongroom.expr.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprException;
import strongroom.expr.ExprLimitException;
import strongroom.expr.ExprSyntaxException;
import strongroom.expr.ExprTesting;
import strongroom.expr.fn.FunctionRegistry;

class ParserTest {
  private static final Signatures FNS = FunctionRegistry.standard();

  private static Node parse(String src) {
    return Parser.parse(src, FNS, 64);
  }

  static Stream<Arguments> errors() {
    // expression ==> code @ 1-based position
    return ExprTesting.table("""
        1 + ==> PARSE@4
        (1 ==> PARSE@3
        [1, 2 ==> PARSE@6
        {'a' 1} ==> PARSE@6
        1 2 ==> PARSE@3
        'abc ==> LEX@1
        1 @ 2 ==> LEX@3
        12abc ==> LEX@1
        99999999999999999999 ==> LEX@1
        '\\u12' ==> LEX@2
        foo.bar ==> UNKNOWN_NAME@1
        SECRETS.a ==> PARSE@10
        SECRETS.a.b.c ==> PARSE@12
        SECRETS.a.b[0] ==> PARSE@12
        SECRETS ==> PARSE@8
        ACTIONS ==> PARSE@8
        var ==> PARSE@4
        FN.nosuch(1) ==> UNKNOWN_FUNCTION@4
        FN.lowercase() ==> ARITY@4
        FN.lowercase('a', 'b') ==> ARITY@4
        1 if 2 ==> PARSE@7
        x -> int ==> UNKNOWN_NAME@1
        1 -> list ==> PARSE@6
        else ==> PARSE@1
        a.b ==> UNKNOWN_NAME@1
        for var.x ==> PARSE@10
        1 ! 2 ==> LEX@3
        """);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("errors")
  void invalidExpression_fails_withCodeAndPosition(String src, String expected) {
    ExprException e = assertThrows(ExprException.class, () -> parse(src));
    assertEquals(expected, e.code() + "@" + e.position(), e.getMessage());
    assertEquals(src, e.expression());
  }

  @Test
  void unknownFunction_suggestsNearestNames() {
    ExprSyntaxException e = assertThrows(ExprSyntaxException.class,
        () -> parse("FN.lowercas('A')"));
    assertTrue(e.getMessage().contains("did you mean FN.lowercase"), e.getMessage());
    ExprSyntaxException e2 = assertThrows(ExprSyntaxException.class, () -> parse("FN.to_json(1)"));
    assertTrue(e2.getMessage().contains("FN."), e2.getMessage());
    ExprSyntaxException e3 = assertThrows(ExprSyntaxException.class, () -> parse("FN.regex(1)"));
    assertTrue(e3.getMessage().contains("FN.regex_match"), e3.getMessage());
  }

  @Test
  void wrongCaseRoot_suggestsRoot() {
    ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> parse("secrets.a.b"));
    assertTrue(e.getMessage().contains("did you mean SECRETS"), e.getMessage());
  }

  @Test
  void errorMessage_quotesExpressionAndPosition() {
    ExprSyntaxException e = assertThrows(ExprSyntaxException.class, () -> parse("1 + * 2"));
    assertEquals("PARSE: unexpected '*' at position 5 in '1 + * 2'", e.getMessage());
  }

  @Test
  void deepNesting_failsWithLimit_notStackOverflow() {
    String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
    ExprException e = assertThrows(ExprLimitException.class, () -> parse(deep));
    assertEquals(ExprErrorCode.LIMIT, e.code());
    assertThrows(ExprLimitException.class, () -> parse("-".repeat(5000) + "1"));
    assertThrows(ExprLimitException.class, () -> parse("not ".repeat(5000) + "1"));
    assertThrows(ExprLimitException.class, () -> parse("[".repeat(5000)));
  }

  @Test
  void precedence_followsTheIssue() {
    Node n = parse("not 1 + 2 * 3 == 7 in [True] || 0 && 1");
    Node.Logical or = assertInstanceOf(Node.Logical.class, n);
    assertEquals(Op.OR, or.op());
    Node.Unary not = assertInstanceOf(Node.Unary.class, or.left());
    assertInstanceOf(Node.Compare.class, not.operand());
  }

  @Test
  void iterator_parsesVariableAndCollection() {
    Node.Iterator it = assertInstanceOf(Node.Iterator.class, parse("for var.item in TRIGGER.ids"));
    assertEquals("item", it.var());
  }

  @Test
  void trailingCommas_andEmptyLiterals_parse() {
    assertInstanceOf(Node.ListLit.class, parse("[1, 2,]"));
    assertInstanceOf(Node.MapLit.class, parse("{'a': 1,}"));
    assertInstanceOf(Node.ListLit.class, parse("[]"));
    assertInstanceOf(Node.MapLit.class, parse("{}"));
  }
}
