package strongroom.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.cli.CliHarness;
import strongroom.cli.Main;

/** {@code strongroom serve} in its own JVM: it answers, then stops on SIGTERM and leaves the store usable. */
class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+)");

  @TempDir Path tempDir;

  @Test
  void serve_answersHealth_andStopsCleanlyOnSigterm() throws Exception {
    Path data = tempDir.resolve("data");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
        "-Xmx256m", "-cp", classpath, Main.class.getName(), "--data-dir", data.toString(), "serve", "--port", "0"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String base = awaitBase(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
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

  private static String awaitBase(BufferedReader output) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while ((line = output.readLine()) != null && System.nanoTime() < deadline) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("serve exited or timed out before it was serving");
  }
}
