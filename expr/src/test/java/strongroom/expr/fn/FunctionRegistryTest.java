package strongroom.expr.fn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FunctionRegistryTest {
  // The library as the issue lists it.
  private static final List<String> ISSUE = List.of(
      "concat", "format", "join", "lowercase", "uppercase", "capitalize", "titleize", "prefix",
      "suffix", "replace", "slice", "slugify", "split", "startswith", "endswith", "strip",
      "url_encode", "url_decode", "is_equal", "not_equal", "greater_than",
      "greater_than_or_equal", "less_than", "less_than_or_equal", "is_null", "not_null",
      "regex_extract", "regex_match", "regex_not_match", "compact", "contains",
      "does_not_contain", "contains_any_of", "contains_none_of", "difference", "flatten",
      "intersection", "drop_nulls", "is_empty", "not_empty", "is_in", "not_in", "length",
      "union", "unique", "symmetric_difference", "at", "zip", "zip_map", "range", "lookup",
      "merge", "to_keys", "to_values", "flatten_dict", "add", "sub", "mul", "div", "mod", "pow",
      "sum", "min", "max", "and", "or", "not", "serialize_json", "deserialize_json",
      "prettify_json", "is_json", "serialize_yaml", "deserialize_yaml", "deserialize_ndjson",
      "parse_csv", "to_base64", "from_base64", "to_base64url", "from_base64url", "hash_md5",
      "hash_sha1", "hash_sha256", "hash_sha512", "ipv4_in_subnet", "ipv6_in_subnet",
      "ipv4_is_public", "ipv6_is_public", "check_ip_version", "extract_ipv4", "extract_ipv6",
      "extract_urls", "extract_emails", "extract_domains", "extract_cves", "extract_md5",
      "extract_sha1", "extract_sha256", "now", "utcnow", "today", "to_datetime",
      "format_datetime", "to_isoformat", "to_timestamp", "from_timestamp", "days_between",
      "hours_between", "minutes_between", "seconds_between", "weeks_between", "uuid4");

  @Test
  void standardLibrary_holdsExactlyTheIssuesFunctions() {
    assertEquals(new TreeSet<>(ISSUE), new TreeSet<>(FunctionRegistry.standard().names()));
  }

  @Test
  void everyFunction_appearsInAFunctionTable() {
    String all = StringFunctionsTest.CASES + CollectionFunctionsTest.CASES
        + MathLogicFunctionsTest.CASES + DataFunctionsTest.CASES + NetworkFunctionsTest.CASES
        + TimeFunctionsTest.CASES;
    Set<String> tested = new TreeSet<>();
    Matcher m = Pattern.compile("FN\\.([a-z0-9_]+)").matcher(all);
    while (m.find()) {
      tested.add(m.group(1));
    }
    Set<String> missing = new TreeSet<>(FunctionRegistry.standard().names());
    missing.removeAll(tested);
    assertTrue(missing.isEmpty(), "untested functions: " + missing);
  }

  @Test
  void arity_isKnownForEveryFunction() {
    for (String name : FunctionRegistry.standard().names()) {
      assertTrue(FunctionRegistry.standard().arity(name) != null, name);
    }
  }
}
