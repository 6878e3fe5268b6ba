package strongroom.server.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies per route template, in Prometheus text format. Labels are the
 * method, the route template (such as {@code /api/v1/workspaces/{ws}/secrets/{id}}, never a concrete
 * path) and the status, so no label can carry a name, id or value from a request.
 */
public final class RequestMetrics {
  private record Key(String method, String route, int status) {}

  private record Latency(LongAdder count, LongAdder nanos) {}

  private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
  private final Map<String, Latency> latencies = new ConcurrentHashMap<>();

  /** Records one finished request. */
  public void record(String method, String route, int status, long nanos) {
    counts.computeIfAbsent(new Key(method, route, status), k -> new LongAdder()).increment();
    Latency latency = latencies.computeIfAbsent(method + " " + route, k -> new Latency(new LongAdder(), new LongAdder()));
    latency.count().increment();
    latency.nanos().add(nanos);
  }

  /** The Prometheus exposition text. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("# HELP strongroom_http_requests_total HTTP requests by method, route template and status.\n");
    out.append("# TYPE strongroom_http_requests_total counter\n");
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put("{method=\"" + k.method() + "\",route=\"" + k.route() + "\",status=\""
        + k.status() + "\"}", v.sum()));
    sorted.forEach((labels, n) -> out.append("strongroom_http_requests_total").append(labels).append(' ').append(n)
        .append('\n'));
    out.append("# HELP strongroom_http_request_seconds Time spent handling requests, by method and route template.\n");
    out.append("# TYPE strongroom_http_request_seconds summary\n");
    new TreeMap<>(latencies).forEach((key, latency) -> {
      int space = key.indexOf(' ');
      String labels = "{method=\"" + key.substring(0, space) + "\",route=\"" + key.substring(space + 1) + "\"}";
      out.append("strongroom_http_request_seconds_count").append(labels).append(' ').append(latency.count().sum())
          .append('\n');
      out.append("strongroom_http_request_seconds_sum").append(labels).append(' ')
          .append(latency.nanos().sum() / 1e9).append('\n');
    });
    return out.toString();
  }
}
