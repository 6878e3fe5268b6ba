package strongroom.server.api;

import io.helidon.webserver.http.ServerRequest;
import strongroom.secrets.ValidationException;

/** Path and query parameters of a request; a blank query parameter counts as absent. */
final class Params {
  private static final int MAX_LIMIT = 1000;

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

  /** The {@code limit} query parameter: 1 to 1000, default 100; anything else is a 422 naming it. */
  static int limit(ServerRequest req) {
    String text = query(req, "limit");
    if (text == null) {
      return 100;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ValidationException.of("limit", "range", "must be a whole number from 1 to " + MAX_LIMIT);
  }
}
