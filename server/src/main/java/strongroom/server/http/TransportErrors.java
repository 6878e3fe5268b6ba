package strongroom.server.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HttpMediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import java.nio.charset.StandardCharsets;

/**
 * Errors Helidon answers before routing (unparsable request line or headers, a body over the
 * server's backstop limit) get the same JSON shape as every other error. Helidon's message is
 * ignored: it may quote the request.
 */
public final class TransportErrors {
  private TransportErrors() {}

  public static DirectHandlers handlers() {
    DirectHandler handler = TransportErrors::handle;
    DirectHandlers.Builder builder = DirectHandlers.builder();
    for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
      builder.addHandler(type, handler);
    }
    return builder.build();
  }

  private static DirectHandler.TransportResponse handle(DirectHandler.TransportRequest request,
      DirectHandler.EventType type, Status status, ServerResponseHeaders headers, String ignoredMessage) {
    // Helidon reports an oversized body as event BAD_REQUEST with status 413, so the status decides.
    boolean tooLarge = status.code() == 413 || type == DirectHandler.EventType.PAYLOAD_TOO_LARGE;
    String code = tooLarge ? "PAYLOAD_TOO_LARGE" : switch (type) {
      case FORBIDDEN -> "FORBIDDEN";
      case HTTP_VERSION_NOT_SUPPORTED -> "HTTP_VERSION_NOT_SUPPORTED";
      default -> status.code() >= 500 ? "INTERNAL" : "BAD_REQUEST";
    };
    String message = tooLarge ? "the body is larger than 1 MiB" : status.reasonPhrase();
    String body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":[]}}";
    return DirectHandler.TransportResponse.builder()
        .status(status)
        .headers(headers)
        .header(HeaderNames.CONTENT_TYPE, HttpMediaTypes.JSON_UTF_8.text())
        // The rest of the request was not read, so the connection cannot be reused.
        .keepAlive(false)
        .entity(body.getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
