package strongroom.expr.fn;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprTesting;

class MathLogicFunctionsTest {
  static final String CASES = """
      FN.add(1, 2) ==> 3
      FN.add(1, 2.5) ==> 3.5
      FN.add('a', 'b') ==> !TYPE
      FN.sub(5, 7) ==> -2
      FN.mul(3, 1.5) ==> 4.5
      FN.div(8, 2) ==> 4.0
      FN.div(1, 0) ==> !DIVISION_BY_ZERO
      FN.mod(-7, 3) ==> 2
      FN.mod(1, 0) ==> !DIVISION_BY_ZERO
      FN.pow(2, 10) ==> 1024
      FN.pow(2, -1) ==> 0.5
      FN.pow(2.0, 3) ==> 8.0
      FN.pow(-8, 0.5) ==> !VALUE
      FN.pow(0, -1) ==> !DIVISION_BY_ZERO
      FN.pow(10, 30) ==> !OVERFLOW
      FN.pow(3, 0) ==> 1
      FN.sum([1, 2, 3]) ==> 6
      FN.sum([1, 2.5]) ==> 3.5
      FN.sum([]) ==> 0
      FN.sum([1, 'a']) ==> !VALUE
      FN.min([3, 1, 2]) ==> 1
      FN.min(3, 1.5) ==> 1.5
      FN.max(['b', 'a', 'c']) ==> 'c'
      FN.max([]) ==> !VALUE
      FN.max([1, 'a']) ==> !TYPE
      FN.add.map([1, 2], [10, 20]) ==> [11, 22]
      FN.add.map([1, 2], 1) ==> [2, 3]
      FN.add.map([1], [1, 2]) ==> !VALUE
      FN.add.map(1, 2) ==> !TYPE
      FN.is_equal(1, 1.0) ==> True
      FN.is_equal('a', 'b') ==> False
      FN.not_equal([1], [2]) ==> True
      FN.greater_than(2, 1) ==> True
      FN.greater_than_or_equal(1, 1.0) ==> True
      FN.less_than('a', 'b') ==> True
      FN.less_than_or_equal(3, 2) ==> False
      FN.less_than(1, 'a') ==> !TYPE
      FN.is_null(None) ==> True
      FN.is_null(ACTIONS.nope) ==> True
      FN.is_null(0) ==> False
      FN.not_null('') ==> True
      FN.and(True, 1, 'x') ==> True
      FN.and(True, 0) ==> False
      FN.or(0, '', None) ==> False
      FN.or(0, [1]) ==> True
      FN.not(0) ==> True
      FN.not('x') ==> False
      FN.length(FN.uuid4()) ==> 36
      FN.regex_match('^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$', FN.uuid4()) ==> True
      """;

  static Stream<Arguments> cases() {
    return ExprTesting.table(CASES);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("cases")
  void mathOrLogicFunction_behavesLikePython(String expr, String expected) {
    FunctionCases.check(expr, expected);
  }
}
