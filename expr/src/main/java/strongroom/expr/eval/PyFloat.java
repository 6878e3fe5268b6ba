package strongroom.expr.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr(float)}: the shortest round-tripping digits, laid out as CPython does. */
public final class PyFloat {
  private PyFloat() {}

  /** {@code 2.0}, {@code 0.3333333333333333}, {@code 1e+16}, {@code 1e-05}, {@code inf}, {@code nan}. */
  public static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    // Double.toString gives the shortest digits that round-trip (JDK 19+); only the layout differs.
    BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    if (bd.precision() == 2) {
      // Double.toString never gives fewer than two digits (4.9E-324); Python may use one.
      BigDecimal one = bd.round(new MathContext(1, RoundingMode.HALF_EVEN));
      if (one.doubleValue() == Math.abs(d)) {
        bd = one.stripTrailingZeros();
      }
    }
    String digits = bd.unscaledValue().toString();
    int decpt = digits.length() - bd.scale(); // value = 0.DIGITS * 10^decpt
    StringBuilder sb = new StringBuilder();
    if (d < 0) {
      sb.append('-');
    }
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        sb.append("0.").append("0".repeat(-decpt)).append(digits);
      } else if (decpt >= digits.length()) {
        sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
      } else {
        sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
      }
    } else {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      int exp = decpt - 1;
      sb.append('e').append(exp < 0 ? '-' : '+');
      int abs = Math.abs(exp);
      if (abs < 10) {
        sb.append('0');
      }
      sb.append(abs);
    }
    return sb.toString();
  }
}
