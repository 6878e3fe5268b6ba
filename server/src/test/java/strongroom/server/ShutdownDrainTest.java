package strongroom.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.server.auth.Role;

/**
 * {@link StrongroomServer#close} while a workflow run is in flight: the run finishes and answers,
 * and a run asked for meanwhile gets 503 {@code STOPPING}. A second server on the test's store, so
 * the shared one keeps running.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ShutdownDrainTest extends ApiTestBase {
  private static final long UPSTREAM_DELAY_MS = 2_000;

  @Test
  void close_letsTheRunInFlightAnswer_andRefusesNewRuns() throws Exception {
    CountDownLatch called = new CountDownLatch(1);
    SlowUpstream upstream = SlowUpstream.start(UPSTREAM_DELAY_MS, called);
    StrongroomServer stopping = StrongroomServer.start("127.0.0.1", 0, store, clock);
    try {
      String base = "http://127.0.0.1:" + stopping.port() + "/api/v1/workspaces/default/workflows";
      String editor = token(Role.EDITOR);
      post(base, editor, "application/yaml", "title: Slow\nalias: drain_slow\nactions:\n"
          + "  - {ref: call, action: core.http_request, args: {url: \"" + upstream.url()
          + "\", timeout: 30}}\nreturns: ${{ ACTIONS.call.result.data }}\n");
      post(base, editor, "application/yaml", "title: Quick\nalias: drain_quick\nactions:\n"
          + "  - {ref: a, action: core.transform.reshape, args: {value: 1}}\n");

      CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(request(base + "/drain_slow/runs", editor,
          "application/json", "{}"), BodyHandlers.ofString());
      assertTrue(called.await(30, TimeUnit.SECONDS), "the run never reached its upstream");
      CompletableFuture<Void> closed = CompletableFuture.runAsync(stopping::close);

      // The listener still answers while the engine drains; a new run is refused, not started.
      HttpResponse<String> refused = null;
      for (int i = 0; i < 200 && (refused == null || refused.statusCode() != 503); i++) {
        refused = http.send(request(base + "/drain_quick/runs", editor, "application/json", "{}"),
            BodyHandlers.ofString());
        Thread.sleep(5);
      }
      assertError(refused, 503, "STOPPING");

      HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
      assertEquals(201, answered.statusCode(), answered::body);
      assertEquals("succeeded", json(answered).get("status").asText(), answered::body);
      assertEquals("slow", json(answered).get("result").get("answer").asText(), answered::body);
      closed.get(30, TimeUnit.SECONDS);
    } finally {
      stopping.close();
      upstream.close();
    }
  }

  private static HttpRequest request(String url, String token, String contentType, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .header("Content-Type", contentType).POST(BodyPublishers.ofString(body)).build();
  }

  private void post(String url, String token, String contentType, String body) {
    HttpResponse<String> response = sendChecked(http, request(url, token, contentType, body), "POST " + url);
    assertEquals(201, response.statusCode(), response::body);
  }
}
