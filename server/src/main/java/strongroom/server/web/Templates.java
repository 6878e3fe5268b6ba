package strongroom.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The page templates, compiled into classes at build time (src/main/jte); HTML escaping is on. */
public final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Renders {@code name} (e.g. {@code credentials/list.jte}) with its parameters. */
  public static String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(name, params, out);
    return out.toString();
  }
}
