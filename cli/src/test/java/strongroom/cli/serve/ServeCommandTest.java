package strongroom.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.Main;
import strongroom.server.SlowUpstream;

/**
 * {@code strongroom serve} in its own JVM: it answers, stops on SIGTERM and leaves the store usable,
 * and a request in flight when SIGTERM arrives still gets its answer.
 */
class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)");
  /** How long the stub upstream holds the workflow's one request: well past Helidon's 0.5 s stop grace. */
  private static final long UPSTREAM_DELAY_MS = 2_000;

  @TempDir Path tempDir;

  @Test
  void serve_answersHealth_andStopsCleanlyOnSigterm() throws Exception {
    Path data = tempDir.resolve("data");
    Process process = serve(data);
    try {
      String base = awaitBase(process);
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(base + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      process.destroy(); // SIGTERM on Linux
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve did not stop within 30 s of SIGTERM");
      assertEquals(143, process.exitValue(), "exit status after SIGTERM");
    } finally {
      process.destroyForcibly();
    }
    // The store closed cleanly: the next command opens it without complaint.
    new CliHarness(data).run("secrets", "list").ok();
  }

  @Test
  void sigterm_letsARunInFlightFinish_andAnswer_thenExits() throws Exception {
    Path data = tempDir.resolve("data");
    CliHarness cli = new CliHarness(data);
    String token = cli.run("tokens", "create", "--role", "editor").ok().out().strip();
    CountDownLatch upstreamCalled = new CountDownLatch(1);
    SlowUpstream upstream = SlowUpstream.start(UPSTREAM_DELAY_MS, upstreamCalled);
    try {
      Path workflow = Files.writeString(tempDir.resolve("slow.yaml"), """
          title: Slow upstream
          alias: slow
          actions:
            - ref: call
              action: core.http_request
              args: {url: "%s", timeout: 30}
          returns: ${{ ACTIONS.call.result.data }}
          """.formatted(upstream.url()));
      cli.run("workflows", "save", workflow.toString()).ok();
      Process process = serve(data);
      try {
        String base = awaitBase(process);
        CompletableFuture<HttpResponse<String>> run = HttpClient.newHttpClient().sendAsync(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/workspaces/default/workflows/slow/runs"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(upstreamCalled.await(30, TimeUnit.SECONDS), "the run never reached its upstream");
        long signalled = System.nanoTime();
        process.destroy(); // SIGTERM while the run waits on its upstream

        HttpResponse<String> response = run.get(30, TimeUnit.SECONDS);
        assertEquals(201, response.statusCode(), response::body);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals("succeeded", body.get("status").asText(), response::body);
        assertEquals("slow", body.get("result").get("answer").asText(), response::body);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve did not stop within 30 s of SIGTERM");
        assertEquals(143, process.exitValue(), "exit status after SIGTERM");
        // It waited for the run rather than cutting it off.
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled) >= UPSTREAM_DELAY_MS / 2);
      } finally {
        process.destroyForcibly();
      }
    } finally {
      upstream.close();
    }
    // The finished run is in the history, and the store closed cleanly.
    String runs = cli.run("workflows", "runs", "slow").ok().out();
    assertTrue(runs.contains("succeeded"), runs);
  }

  private static Process serve(Path data) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
        "-Xmx256m", "-cp", classpath, Main.class.getName(), "--data-dir", data.toString(), "serve", "--port", "0"));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static String awaitBase(Process process) throws Exception {
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while ((line = output.readLine()) != null && System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        // Keep draining the child's output, so a full pipe never blocks it.
        Thread.ofVirtual().start(() -> output.lines().forEach(l -> { }));
        return m.group(1);
      }
    }
    throw new AssertionError("serve exited or timed out before it was serving");
  }
}
