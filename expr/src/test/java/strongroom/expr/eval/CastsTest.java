package strongroom.expr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static strongroom.expr.ExprTesting.error;
import static strongroom.expr.ExprTesting.repr;
import static strongroom.expr.ExprTesting.table;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CastsTest {

  static Stream<Arguments> casts() {
    return table("""
        int('42') ==> 42
        int(' -7 ') ==> -7
        int('1_000') ==> 1000
        int(3.9) ==> 3
        int(-3.9) ==> -3
        int(True) ==> 1
        float('2.5') ==> 2.5
        float(' 1e3 ') ==> 1000.0
        float('inf') ==> inf
        float('-Infinity') ==> -inf
        float(3) ==> 3.0
        float('.5') ==> 0.5
        str(1) ==> '1'
        str(2.0) ==> '2.0'
        str(None) ==> 'None'
        str([1, 'a']) ==> "[1, 'a']"
        str({'k': True}) ==> "{'k': True}"
        bool(1) ==> True
        bool(0) ==> False
        bool([]) ==> False
        bool('true') ==> True
        bool('FALSE') ==> False
        bool('yes') ==> True
        bool('0') ==> False
        bool('') ==> False
        bool(None) ==> False
        '42' -> int ==> 42
        ACTIONS.scan.result.score -> int ==> 72
        '3' -> float ==> 3.0
        1 + 1 -> str ==> '2'
        'on' -> bool ==> True
        ('5' -> int) + 1 ==> 6
        '7' -> int -> str ==> '7'
        """);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("casts")
  void cast_converts(String expr, String expected) {
    assertEquals(expected, repr(expr));
  }

  static Stream<Arguments> failures() {
    return table("""
        int('abc') ==> VALUE
        int('1.5') ==> VALUE
        int('') ==> VALUE
        int('1__0') ==> VALUE
        int(None) ==> TYPE
        int([1]) ==> TYPE
        int(float('nan')) ==> VALUE
        int(1e300) ==> VALUE
        int('99999999999999999999') ==> OVERFLOW
        float('x') ==> VALUE
        float('0x10') ==> VALUE
        float({}) ==> TYPE
        bool('maybe') ==> VALUE
        'x' -> int ==> VALUE
        """);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("failures")
  void badCast_fails_withCode(String expr, String code) {
    assertEquals(code, error(expr).code().name());
  }
}
