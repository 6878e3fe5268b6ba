package strongroom.server.api;

import io.helidon.webserver.http.ServerRequest;

/** Path and query parameters of a request; a blank query parameter counts as absent. */
final class Params {
  private Params() {}

  static String path(ServerRequest req, String name) {
    return req.path().pathParameters().get(name);
  }

  static String query(ServerRequest req, String name) {
    if (!req.query().contains(name)) {
      return null;
    }
    String value = req.query().get(name);
    return value.isBlank() ? null : value;
  }
}
