package strongroom.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/** Reads the session cookie from requests and writes it into responses. */
public final class Cookies {
  private Cookies() {}

  /** The value of cookie {@code name}, from any {@code Cookie} header of the request. */
  public static Optional<String> value(ServerRequest req, String name) {
    for (String header : req.headers().all(HeaderNames.COOKIE, java.util.List::of)) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
          return Optional.of(pair.substring(eq + 1).trim());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code Set-Cookie} value: HttpOnly so scripts cannot read it, SameSite=Strict so other sites
   * cannot send it, Secure when the request came over TLS (a plain-HTTP browser would drop it).
   */
  public static String setCookie(String name, String value, long maxAgeSeconds, boolean secure) {
    return name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
