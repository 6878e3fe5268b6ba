package strongroom.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * An HTTP upstream on an ephemeral port whose {@code /slow} answers {@code {"answer":"slow"}} after a
 * delay, counting down a latch when a request arrives: a workflow run that is surely in flight.
 */
public final class SlowUpstream implements AutoCloseable {
  private final HttpServer server;

  private SlowUpstream(HttpServer server) {
    this.server = server;
  }

  public static SlowUpstream start(long delayMillis, CountDownLatch called) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/slow", exchange -> {
      called.countDown();
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] answer = "{\"answer\":\"slow\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
    return new SlowUpstream(server);
  }

  /** The URL of the slow route. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/slow";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
