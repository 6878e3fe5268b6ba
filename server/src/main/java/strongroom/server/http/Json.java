package strongroom.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaTypes;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Strict JSON in and out. Request bodies are capped at 1 MiB, unknown fields and wrong types are
 * errors, and no error ever quotes the body (it may hold secret values): only the field path.
 */
public final class Json {
  /** Largest request body accepted. */
  public static final int MAX_BODY = 1024 * 1024;

  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  static {
    // Jackson turns 123 into "123" and "3" into 3 by default; a wrong type is a client error here.
    MAPPER.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    MAPPER.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
  }

  private Json() {}

  /** The shared mapper, for the media support and for tests. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads the body as {@code type}; 413 over 1 MiB, 400 for anything that is not that JSON shape. */
  public static <T> T read(ServerRequest req, Class<T> type) {
    byte[] body = readCapped(req, () -> ApiException.badRequest("MALFORMED_JSON", "the body could not be read"));
    if (body.length == 0) {
      throw ApiException.badRequest("MALFORMED_JSON", "a JSON body is required");
    }
    try (JsonParser parser = MAPPER.createParser(body)) {
      T value = MAPPER.readValue(parser, type);
      // Checked here rather than with FAIL_ON_TRAILING_TOKENS, which reports a type error.
      if (value == null || parser.nextToken() != null) {
        throw ApiException.badRequest("MALFORMED_JSON", "the body must be exactly one JSON object");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      // The unknown name itself is not repeated: a confused client may have put a value there.
      throw ApiException.badRequest("UNKNOWN_FIELD", "unknown field in `" + parentPath(e) + "`");
    } catch (InvalidFormatException e) {
      throw ApiException.badRequest("WRONG_TYPE", "wrong type at `" + path(e) + "`");
    } catch (MismatchedInputException e) {
      throw ApiException.badRequest("WRONG_TYPE", "wrong type at `" + path(e) + "`");
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("MALFORMED_JSON", "the body is not valid JSON");
    } catch (IOException e) {
      throw ApiException.badRequest("MALFORMED_JSON", "the body could not be read");
    }
  }

  /** Sends {@code body} as JSON with {@code status}. */
  public static void send(ServerResponse res, int status, Object body) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a response body", e);
    }
    res.status(status);
    res.headers().contentType(HttpMediaTypes.JSON_UTF_8);
    res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
    res.send(bytes);
  }

  /**
   * The body, at most {@link #MAX_BODY} bytes: a declared or actual length over it is a 413, and a
   * body that cannot be read is {@code unreadable}. For every body a route reads, JSON or form.
   */
  public static byte[] readCapped(ServerRequest req, java.util.function.Supplier<ApiException> unreadable) {
    if (req.headers().contentLength().orElse(-1L) > MAX_BODY) {
      throw tooLarge();
    }
    try (InputStream in = req.content().inputStream()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw unreadable.get();
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(413, "PAYLOAD_TOO_LARGE", "the body is larger than 1 MiB");
  }

  private static String parentPath(MismatchedInputException e) {
    return path(e.getPath().subList(0, Math.max(0, e.getPath().size() - 1)));
  }

  private static String path(MismatchedInputException e) {
    return path(e.getPath());
  }

  /** A JSON path made of the schema's property names and indexes only. */
  private static String path(java.util.List<com.fasterxml.jackson.databind.JsonMappingException.Reference> refs) {
    StringBuilder out = new StringBuilder();
    for (var ref : refs) {
      if (ref.getFieldName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.isEmpty() ? "$" : out.toString();
  }
}
