package strongroom.expr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static strongroom.expr.ExprTesting.error;
import static strongroom.expr.ExprTesting.repr;
import static strongroom.expr.ExprTesting.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprException;

class OperatorsTest {

  static Stream<Arguments> results() {
    return table("""
        # arithmetic with int/float promotion
        1 + 2 ==> 3
        1 + 2.5 ==> 3.5
        True + 1 ==> 2
        2.5 - 1 ==> 1.5
        7 - 10 ==> -3
        3 * 4 ==> 12
        3 * 0.5 ==> 1.5
        8 / 2 ==> 4.0
        1 / 3 ==> 0.3333333333333333
        7 / 2 ==> 3.5
        -7 % 3 ==> 2
        7 % -3 ==> -2
        7 % 3 ==> 1
        -7.5 % 2 ==> 0.5
        5.5 % 2 ==> 1.5
        2 + 3 * 4 ==> 14
        (2 + 3) * 4 ==> 20
        10 - 2 - 3 ==> 5
        2 * 3 % 4 ==> 2
        -3 ==> -3
        - -3 ==> 3
        +3 ==> 3
        -2.5 ==> -2.5
        -True ==> -1
        # strings and lists
        'a' + 'b' ==> 'ab'
        "it's" + '' ==> "it's"
        'ab' * 3 ==> 'ababab'
        3 * 'ab' ==> 'ababab'
        'ab' * 0 ==> ''
        'ab' * -1 ==> ''
        [1] + [2, 3] ==> [1, 2, 3]
        [1, 2] * 2 ==> [1, 2, 1, 2]
        [] + [] ==> []
        # equality (Python: 1 == 1.0, True == 1)
        1 == 1.0 ==> True
        1 == 1 ==> True
        True == 1 ==> True
        'a' == 'a' ==> True
        'a' == 1 ==> False
        None == None ==> True
        None == 0 ==> False
        [1, 2] == [1, 2.0] ==> True
        {'a': 1} == {'a': 1.0} ==> True
        {'a': 1} == {'a': 2} ==> False
        1 != 2 ==> True
        'x' != 'x' ==> False
        # ordering
        1 < 2 ==> True
        2 <= 2.0 ==> True
        3 > 2.5 ==> True
        'a' < 'b' ==> True
        'B' < 'a' ==> True
        [1, 2] < [1, 3] ==> True
        [1, 2] < [1, 2, 0] ==> True
        2 >= 3 ==> False
        # chained comparisons
        3 > 2 > 1 ==> True
        1 < 2 < 2 ==> False
        1 < 3 > 2 ==> True
        1 == 1 == 1.0 ==> True
        1 < 2 <= 2 < 3 ==> True
        # membership
        2 in [1, 2, 3] ==> True
        2.0 in [1, 2, 3] ==> True
        4 not in [1, 2, 3] ==> True
        'b' in 'abc' ==> True
        'z' not in 'abc' ==> True
        'a' in {'a': 1} ==> True
        1 in {'a': 1} ==> False
        [1] in [[1], [2]] ==> True
        # identity
        None is None ==> True
        1 is not None ==> True
        True is True ==> True
        1 is 1.0 ==> False
        1 is True ==> False
        'a' is 'a' ==> True
        ACTIONS.scan.result.nothing is None ==> True
        # logic: short-circuit returns an operand
        1 && 2 ==> 2
        0 && 2 ==> 0
        '' || 'd' ==> 'd'
        'a' || 'd' ==> 'a'
        None || [] ==> []
        True && False || True ==> True
        not True ==> False
        not not 'x' ==> True
        not not not 0 ==> True
        not 1 == 2 ==> True
        not [] ==> True
        # ternary (lazy)
        'yes' if 1 < 2 else 'no' ==> 'yes'
        'yes' if [] else 'no' ==> 'no'
        1 if False else 2 if False else 3 ==> 3
        1 if True else 1 / 0 ==> 1
        # precedence from the issue: comparison < in < is < +
        1 + 1 == 2 ==> True
        2 == 1 in [1] ==> False
        True == 1 in [1] ==> True
        # literals
        [] ==> []
        {} ==> {}
        {'a': [1, {'b': None}]} ==> {'a': [1, {'b': None}]}
        1e3 ==> 1000.0
        2.5e-3 ==> 0.0025
        'a\\nb' ==> 'a\\nb'
        'tab\\there' ==> 'tab\\there'
        "q\\"q" ==> 'q"q'
        'it\\'s' ==> "it's"
        '\\u00e9' ==> 'é'
        '\\d+' ==> '\\\\d+'
        'back\\\\slash' ==> 'back\\\\slash'
        """);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("results")
  void expression_evaluates_toPythonResult(String expr, String expected) {
    assertEquals(expected, repr(expr));
  }

  static Stream<Arguments> typeErrors() {
    return table("""
        1 + 'a' ==> unsupported operand types for '+': int and str
        'a' - 'b' ==> unsupported operand types for '-': str and str
        [1] + 'a' ==> unsupported operand types for '+': list and str
        {} + {} ==> unsupported operand types for '+': dict and dict
        None * 2 ==> unsupported operand types for '*': NoneType and int
        'a' * 'b' ==> unsupported operand types for '*': str and str
        'a' * 1.5 ==> unsupported operand types for '*': str and float
        'a' / 2 ==> unsupported operand types for '/': str and int
        [] % 2 ==> unsupported operand types for '%': list and int
        1 < 'a' ==> '<' not supported between int and str
        None >= 1 ==> '>=' not supported between NoneType and int
        {} < {} ==> '<' not supported between dict and dict
        -'a' ==> bad operand type for unary '-': str
        1 in 'abc' ==> 'in <str>' requires str as left operand, not int
        1 in None ==> argument of type NoneType is not iterable in 'in'
        {1: 2} ==> dict keys must be str, not int
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typeErrors")
  void mismatchedTypes_fail_namingOperatorAndTypes(String expr, String detail) {
    ExprException e = error(expr);
    assertEquals(ExprErrorCode.TYPE, e.code(), e.getMessage());
    assertEquals(detail, e.detail());
  }

  @Test
  void divisionByZero_fails_withItsCode() {
    assertEquals(ExprErrorCode.DIVISION_BY_ZERO, error("1 / 0").code());
    assertEquals(ExprErrorCode.DIVISION_BY_ZERO, error("1 % 0").code());
    assertEquals(ExprErrorCode.DIVISION_BY_ZERO, error("1.5 % 0.0").code());
  }

  @Test
  void intOverflow_fails_insteadOfWrapping() {
    assertEquals(ExprErrorCode.OVERFLOW, error("9223372036854775807 + 1").code());
    assertEquals(ExprErrorCode.OVERFLOW, error("3037000500 * 3037000500").code());
  }

  @Test
  void shortCircuit_skipsTheRightOperand() {
    assertEquals("0", repr("0 && 1 / 0"));
    assertEquals("1", repr("1 || 1 / 0"));
    assertEquals("False", repr("1 > 2 > 1 / 0"));
  }

  @Test
  void repetition_beyondLimit_failsWithLimitError() {
    ExprException e = error("'ab' * 100000000");
    assertEquals(ExprErrorCode.LIMIT, e.code());
    assertEquals(ExprErrorCode.LIMIT, error("[1, 2] * 1000000").code());
    assertTrue(error("'' * 9223372036854775807 + 'x' * 9000000").detail().contains("characters"));
  }
}
