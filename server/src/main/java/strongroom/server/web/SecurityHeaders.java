package strongroom.server.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/** The headers every page carries: a strict Content-Security-Policy and no caching of pages. */
public final class SecurityHeaders {
  /**
   * Scripts and styles only from this server's files: no inline script, no inline style, no eval.
   * Forms post only here, nothing may frame a page, and no plugin or foreign connection is allowed.
   */
  public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  /** Sets the page headers; pages may show secret metadata, so none is cached. */
  public static void apply(ServerResponse res) {
    res.headers().set(HeaderNames.create("Content-Security-Policy"), CSP);
    res.headers().set(HeaderNames.create("X-Content-Type-Options"), "nosniff");
    res.headers().set(HeaderNames.create("X-Frame-Options"), "DENY");
    res.headers().set(HeaderNames.create("Referrer-Policy"), "same-origin");
    res.headers().set(HeaderNames.CACHE_CONTROL, "no-store");
  }
}
