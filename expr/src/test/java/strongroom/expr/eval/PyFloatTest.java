package strongroom.expr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyFloatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2.0, 2.0", "0.1, 0.1", "1e16, 1e+16", "1.5e16, 1.5e+16", "1e15, 1000000000000000.0",
    "123456789012345680, 1.2345678901234568e+17", "0.0001, 0.0001", "0.00001, 1e-05",
    "1.5e-7, 1.5e-07", "-2.5, -2.5", "-0.0, -0.0", "0.0, 0.0", "1e300, 1e+300",
    "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "100.0, 100.0",
    "12345.678, 12345.678", "Infinity, inf", "-Infinity, -inf", "NaN, nan"
  })
  void repr_matchesCPython(double value, String expected) {
    assertEquals(expected, PyFloat.repr(value));
  }
}
