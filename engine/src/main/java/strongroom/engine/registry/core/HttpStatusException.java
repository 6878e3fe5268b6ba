package strongroom.engine.registry.core;

import strongroom.engine.registry.ActionException;

/**
 * A {@code core.http_request} got a non-2xx status. The message names the status, the method and
 * the URL without its query (where API keys sometimes travel); the body is kept apart, unmasked,
 * for a caller that masks it before showing it.
 */
public final class HttpStatusException extends ActionException {
  private final int statusCode;
  private final String body;

  HttpStatusException(int statusCode, String method, String safeUrl, String body) {
    super("HTTP " + statusCode + " from " + method + " " + safeUrl);
    this.statusCode = statusCode;
    this.body = body;
  }

  public int statusCode() {
    return statusCode;
  }

  /** The response body as text; may echo anything the server saw, so mask before use. */
  public String body() {
    return body;
  }
}
