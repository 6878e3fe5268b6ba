package strongroom.server.api;

import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import strongroom.server.http.ApiException;
import strongroom.server.http.Json;

/** A workflow definition sent as the request body: YAML or JSON, at most 1 MiB, never quoted back. */
final class SourceBody {
  private static final Set<String> TYPES = Set.of("application/yaml", "text/yaml", "application/json",
      "application/x-yaml");

  private SourceBody() {}

  /** The body as text; 415 for another Content-Type, 413 over 1 MiB, 400 when empty or not UTF-8. */
  static String read(ServerRequest req) {
    String type = req.headers().contentType().map(HttpMediaType::mediaType)
        .map(m -> m.text().toLowerCase(Locale.ROOT)).orElse("");
    if (!TYPES.contains(type)) {
      throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
          "send the definition as application/yaml, text/yaml or application/json");
    }
    if (req.headers().contentLength().orElse(-1L) > Json.MAX_BODY) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = req.content().inputStream()) {
      body = in.readNBytes(Json.MAX_BODY + 1);
    } catch (IOException e) {
      throw ApiException.badRequest("MALFORMED_BODY", "the body could not be read");
    }
    if (body.length > Json.MAX_BODY) {
      throw tooLarge();
    }
    if (body.length == 0) {
      throw ApiException.badRequest("MALFORMED_BODY", "a workflow definition is required");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ApiException.badRequest("MALFORMED_BODY", "the body is not UTF-8");
    }
  }

  private static ApiException tooLarge() {
    return new ApiException(413, "PAYLOAD_TOO_LARGE", "the body is larger than 1 MiB");
  }
}
