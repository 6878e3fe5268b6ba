package strongroom.engine.registry.core;

import static strongroom.engine.registry.ArgumentSpec.optional;
import static strongroom.engine.registry.ArgumentSpec.required;

import java.util.List;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentType;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.RegistrySecret;
import strongroom.expr.Expressions;

/** The core actions every registry holds, except core.workflow.execute, which the runner adds. */
public final class CoreActions {
  public static final String HTTP_REQUEST = "core.http_request";
  public static final String RESHAPE = "core.transform.reshape";
  public static final String FILTER = "core.transform.filter";

  private CoreActions() {}

  public static List<ActionSpec> all(RegistryConfig config, Expressions expressions) {
    return List.of(httpRequest(config), reshape(), filter(expressions));
  }

  public static ActionSpec httpRequest(RegistryConfig config) {
    double seconds = config.httpTimeout().toMillis() / 1000.0;
    return new ActionSpec(HTTP_REQUEST, "Make one HTTP request; the result is {status_code, "
        + "headers, data}, data JSON-decoded when the response is JSON. A non-2xx status fails.",
        List.of(
            required("url", ArgumentType.STRING, "The URL, http or https."),
            optional("method", ArgumentType.STRING, "GET", "The HTTP method."),
            optional("headers", ArgumentType.OBJECT, null, "Request headers, name to value."),
            optional("params", ArgumentType.OBJECT, null,
                "Query parameters; a list value repeats the name."),
            optional("json", ArgumentType.ANY, null, "A JSON body (at most one payload)."),
            optional("form", ArgumentType.OBJECT, null, "A form-encoded body."),
            optional("raw", ArgumentType.STRING, null, "A body sent as given."),
            optional("timeout", ArgumentType.NUMBER, seconds, "Seconds before the request fails."),
            optional("follow_redirects", ArgumentType.BOOLEAN, false, "Follow 3xx redirects."),
            optional("verify_ssl", ArgumentType.BOOLEAN, true,
                "Verify the server's certificate and host name.")),
        List.of(
            new RegistrySecret(HttpTls.MTLS, List.of("TLS_CERTIFICATE", "TLS_PRIVATE_KEY"),
                List.of(), /* optional= */ true),
            new RegistrySecret(HttpTls.CA_CERT, List.of("CA_CERTIFICATE"), List.of(),
                /* optional= */ true)),
        new HttpRequestAction(config.httpTimeout()));
  }

  public static ActionSpec reshape() {
    return new ActionSpec(RESHAPE, "Return `value`, evaluated: build any shape from earlier results.",
        List.of(required("value", ArgumentType.ANY, "The value to return.")), List.of(),
        context -> context.args().get("value"));
  }

  public static ActionSpec filter(Expressions expressions) {
    return new ActionSpec(FILTER, "Keep the items for which `condition` holds.",
        List.of(
            required("items", ArgumentType.ARRAY, "The list to filter."),
            required("condition", ArgumentType.STRING,
                "A bare expression over var.item, e.g. `var.item.severity >= 7`.")),
        List.of(), new FilterAction(expressions));
  }
}
