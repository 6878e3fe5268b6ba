package strongroom.server.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.HttpRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The UI's stylesheet and scripts, read from the classpath once; the only scripts the CSP allows. */
final class StaticAssets {
  private static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.8/dist/htmx.min.js";
  private static final Map<String, Asset> ASSETS = Map.of(
      "app.css", load("strongroom/web/static/app.css", "text/css; charset=UTF-8"),
      "app.js", load("strongroom/web/static/app.js", "text/javascript; charset=UTF-8"),
      "htmx.min.js", load(HTMX, "text/javascript; charset=UTF-8"));

  private StaticAssets() {}

  private record Asset(byte[] bytes, HttpMediaType type) {}

  static void register(HttpRules rules) {
    rules.get("/static/{file}", (req, res) -> {
      Asset asset = ASSETS.get(req.path().pathParameters().get("file"));
      if (asset == null) {
        WebUi.error(res, null, 404, "no such file");
        return;
      }
      res.headers().contentType(asset.type());
      res.headers().set(HeaderNames.CACHE_CONTROL, "public, max-age=3600");
      res.headers().set(HeaderNames.create("X-Content-Type-Options"), "nosniff");
      res.send(asset.bytes());
    });
  }

  private static Asset load(String resource, String type) {
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing UI resource " + resource);
      }
      return new Asset(in.readAllBytes(), HttpMediaType.create(type));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read UI resource " + resource, e);
    }
  }
}
