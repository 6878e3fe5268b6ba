package strongroom.expr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static strongroom.expr.ExprTesting.CANARY;
import static strongroom.expr.ExprTesting.EXPR;
import static strongroom.expr.ExprTesting.context;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariant 1: a SECRETS value never appears in an error, whatever fails around it. */
class SecretCanaryTest {

  static List<String> failingUses() {
    String s = "SECRETS.virustotal.API_KEY";
    return List.of(
        s + " + 1", "int(" + s + ")", "float(" + s + ")", "bool(" + s + ")", s + " -> int",
        s + " < 1", s + " * 'x'", "-" + s, s + "[0]", "1 in " + s, "FN.from_base64(" + s + ")",
        "FN.deserialize_json(" + s + ")", "FN.deserialize_yaml('a: [' + " + s + ")",
        "FN.regex_match(" + s + " + '(', 'x')", "FN.to_datetime(" + s + ")",
        "FN.ipv4_in_subnet(" + s + ", '10.0.0.0/8')", "FN.check_ip_version(" + s + ")",
        "FN.format('{} {}', " + s + ")", "FN.at([" + s + "], 5)", "FN.join([" + s + ", 1], ',')",
        "FN.parse_csv('a\\n' + " + s + " + ',x,y')", "FN.pow(" + s + ", 2)",
        "FN.range(" + s + ")", "{" + s + ": 1, 1: 2}", "FN.lowercase.map([" + s + "], [1, 2])",
        "SECRETS.virustotal.MISSING + " + s, s + " + SECRETS.nope.X",
        "FN.deserialize_ndjson(" + s + ")", "FN.from_base64url(" + s + " + '!')",
        "FN.merge([{'a': " + s + "}, " + s + "])", "FN.slice(" + s + ", 0, -1)",
        "FN.to_timestamp(" + s + ")", "FN.zip_map([" + s + ", 1], [1, 2])",
        "VARS.nope.x if " + s + " else 1", "FN.max([" + s + ", 1])");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingUses")
  void failingUseOfSecret_errorNeverContainsValue(String expr) {
    try {
      Object v = EXPR.evaluate("${{ " + expr + " }}", context());
      fail("expected an error, got a " + (v == null ? "null" : v.getClass().getSimpleName()));
    } catch (ExprException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      assertFalse(e.getMessage().contains(CANARY), e.getMessage());
      assertFalse(trace.toString().contains(CANARY), "stack trace leaks the value");
      assertFalse(e.getMessage().contains("9f3e1b7a"), e.getMessage());
    }
  }
}
