package strongroom.engine.registry.core;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import strongroom.engine.registry.Action;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.internal.ArgumentValues;
import strongroom.engine.registry.internal.JsonValues;

/**
 * {@code core.http_request} on {@link HttpClient}: one request, result {@code {status_code,
 * headers, data}} with {@code data} JSON-decoded when the response says it is JSON.
 */
final class HttpRequestAction implements Action {
  private static final List<String> PAYLOADS = List.of("json", "form", "raw");
  private final Duration connectTimeout;
  private final ConcurrentHashMap<Integer, HttpClient> shared = new ConcurrentHashMap<>();

  HttpRequestAction(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  private HttpClient build(boolean follow, boolean verify, ActionContext context) {
    HttpClient.Builder client = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(follow ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER);
    HttpTls.configure(client, context.secrets(), verify);
    return client.build();
  }

  @Override
  public Object execute(ActionContext context) throws Exception {
    ArgumentValues a = ArgumentValues.of(context.args());
    String method = a.string("method").toUpperCase(Locale.ROOT);
    URI uri = uri(a.string("url"), a.map("params"));
    String safeUrl = safeUrl(uri);
    Duration timeout = Duration.ofMillis(Math.round(a.number("timeout") * 1000));
    HttpRequest request = request(a, method, uri, timeout);
    boolean follow = a.bool("follow_redirects", false);
    boolean verify = a.bool("verify_ssl", true);
    // Clients are shared unless this invocation brings its own TLS material: a client holds a
    // selector thread and a connection pool, too dear to build for every request of a loop.
    boolean own = HttpTls.hasMaterial(context.secrets());
    HttpClient http = own ? build(follow, verify, context) : shared.computeIfAbsent(
        (follow ? 1 : 0) + (verify ? 2 : 0), k -> build(follow, verify, context));
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new ActionException(method + " " + safeUrl + " timed out after "
          + timeout.toMillis() + " ms", e);
    } catch (IOException e) {
      throw new ActionException(method + " " + safeUrl + " failed: "
          + e.getClass().getSimpleName(), e);
    } finally {
      if (own) {
        http.close();
      }
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (response.statusCode() / 100 != 2) {
      throw new HttpStatusException(response.statusCode(), method, safeUrl, text);
    }
    Map<String, Object> headers = new LinkedHashMap<>();
    response.headers().map().forEach((k, v) ->
        headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("status_code", (long) response.statusCode());
    result.put("headers", headers);
    result.put("data", data(text, response.headers().firstValue("content-type").orElse("")));
    return result;
  }

  private static HttpRequest request(ArgumentValues a, String method, URI uri, Duration timeout) {
    List<String> given = PAYLOADS.stream().filter(a::has).toList();
    if (given.size() > 1) {
      throw new ActionException("core.http_request takes at most one of json, form and raw; got "
          + String.join(" and ", given));
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    String contentType = null;
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    if (a.has("json")) {
      contentType = "application/json";
      body = HttpRequest.BodyPublishers.ofString(JsonValues.encode(a.raw("json")));
    } else if (a.has("form")) {
      contentType = "application/x-www-form-urlencoded";
      body = HttpRequest.BodyPublishers.ofString(encodeQuery(a.map("form")));
    } else if (a.has("raw")) {
      body = HttpRequest.BodyPublishers.ofString(a.string("raw"));
    }
    boolean typed = false;
    Map<String, Object> headers = a.map("headers");
    if (headers != null) {
      for (Map.Entry<String, Object> h : headers.entrySet()) {
        if (h.getValue() == null) {
          continue;
        }
        if (h.getValue() instanceof Map || h.getValue() instanceof List) {
          throw new ActionException("header `" + h.getKey() + "` must be a string");
        }
        typed |= h.getKey().equalsIgnoreCase("content-type");
        try {
          b.header(h.getKey(), String.valueOf(h.getValue()));
        } catch (IllegalArgumentException e) {
          // The JDK's message would quote the value, which may be a secret.
          throw new ActionException("header `" + h.getKey() + "` has a name or value HTTP forbids");
        }
      }
    }
    if (contentType != null && !typed) {
      b.header("Content-Type", contentType);
    }
    return b.method(method, body).build();
  }

  static URI uri(String url, Map<String, Object> params) {
    String full = url;
    if (params != null && !params.isEmpty()) {
      full += (url.contains("?") ? "&" : "?") + encodeQuery(params);
    }
    URI uri;
    try {
      uri = URI.create(full);
    } catch (IllegalArgumentException e) {
      throw new ActionException("`url` is not a valid URL");
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
      throw new ActionException("`url` must be an http or https URL");
    }
    return uri;
  }

  /** Parameters as a query string; a list value repeats the name, null values are left out. */
  static String encodeQuery(Map<String, Object> params) {
    StringJoiner out = new StringJoiner("&");
    params.forEach((k, v) -> {
      for (Object item : v instanceof List<?> l ? l : java.util.Collections.singletonList(v)) {
        if (item != null) {
          out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
              + URLEncoder.encode(String.valueOf(item), StandardCharsets.UTF_8));
        }
      }
    });
    return out.toString();
  }

  /** Scheme, authority and path: the query and any user info are left out of messages. */
  static String safeUrl(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + "://" + host + port + path;
  }

  private static Object data(String text, String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (!type.contains("json") || text.isBlank()) {
      return text.isEmpty() && type.contains("json") ? null : text;
    }
    try {
      return JsonValues.decode(text);
    } catch (IOException e) {
      return text; // a server that mislabels its body still gets its text through
    }
  }
}
