package strongroom.expr.fn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprEvalException;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.Frame;

/** serialize_json, prettify_json, deserialize_json, deserialize_ndjson, is_json. */
final class JsonFunctions {
  // Python's json.loads accepts NaN and Infinity; depth stays well inside the value walkers'.
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
          .build())
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("serialize_json", 1, 1, a -> JsonText.dumps(a.get(0), -1, a.frame()));
    b.add("prettify_json", 1, 2, a -> JsonText.dumps(a.get(0), (int) Math.min(16,
        Math.max(0, a.integer(1, 2))), a.frame()));
    b.add("deserialize_json", 1, 1, a -> parse(a, a.str(0), "invalid JSON"));
    b.add("is_json", 1, 1, JsonFunctions::isJson);
    b.add("deserialize_ndjson", 1, 1, JsonFunctions::ndjson);
  }

  /** The value of JSON text {@code s}; the error gives line and column, never the text. */
  static Object parse(Args a, String s, String what) {
    Frame f = a.frame();
    f.charge(s.length() * 2L);
    try {
      return Imported.convert(MAPPER.readValue(s, Object.class), f);
    } catch (InputCoercionException e) {
      throw new ExprEvalException(ExprErrorCode.OVERFLOW,
          "FN." + a.function() + ": integer outside the 64-bit range");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw a.valueError(what + (at == null ? "" : " at line " + at.getLineNr() + " column "
          + at.getColumnNr()));
    }
  }

  private static Object isJson(Args a) {
    if (!(a.get(0) instanceof String s)) {
      return false;
    }
    try {
      parse(a, s, "invalid JSON");
      return true;
    } catch (ExprEvalException e) {
      if (e.code() == ExprErrorCode.LIMIT) {
        throw e;
      }
      return false;
    }
  }

  private static Object ndjson(Args a) {
    String text = a.str(0);
    List<Object> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (!line.isBlank()) {
        out.add(parse(a, line, "invalid JSON on line " + lineNo));
        a.frame().checkSize(out.size());
      }
    }
    return out;
  }
}
