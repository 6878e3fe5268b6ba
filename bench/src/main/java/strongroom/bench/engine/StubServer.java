package strongroom.bench.engine;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** A local HTTP stub: answers every request with a small JSON body once it carries an {@code x-token} header. */
final class StubServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicLong calls = new AtomicLong();

  StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", exchange -> {
      boolean authorised = exchange.getRequestHeaders().getFirst("x-token") != null;
      byte[] body = ("{\"ok\": " + authorised + "}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("content-type", "application/json");
      exchange.sendResponseHeaders(authorised ? 200 : 401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
      calls.incrementAndGet();
    });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lookup");
  }

  long calls() {
    return calls.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
