package strongroom.server.http;

import java.util.List;
import java.util.Map;

/**
 * A failure the server reports on purpose, with an HTTP status, a stable code and a message that is
 * safe to show: fixed phrases and field names only, never request content.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final List<Map<String, String>> details;

  public ApiException(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  public ApiException(int status, String code, String message, List<Map<String, String>> details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = List.copyOf(details);
  }

  public static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  public static ApiException unauthorized() {
    return new ApiException(401, "UNAUTHENTICATED", "a valid API token is required (Authorization: Bearer …)");
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "FORBIDDEN", message);
  }

  public static ApiException notFound() {
    return new ApiException(404, "NOT_FOUND", "no such route");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<Map<String, String>> details() {
    return details;
  }
}
