package strongroom.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes names into URL path segments and query values for links the pages build. */
public final class Urls {
  private Urls() {}

  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String query(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
