package strongroom.secrets.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs a main class of the test classpath in its own JVM, so a test can kill it with SIGKILL. */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BufferedReader stdout;

  private ChildJvm(Process process) {
    this.process = process;
    this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  public static ChildJvm start(Class<?> main, String... args) throws IOException {
    // Surefire runs tests from a manifest-only jar; the real classpath is in this property.
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp", classpath, main.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    return new ChildJvm(builder.start());
  }

  /** Reads stdout lines until one matches; fails if the child exits first or 60 s pass. */
  public String awaitLine(Predicate<String> wanted) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while ((line = stdout.readLine()) != null) {
      if (wanted.test(line)) {
        return line;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    throw new AssertionError("child JVM " + (process.isAlive() ? "timed out" : "exited with " + exitCode())
        + " before printing the expected line");
  }

  /** SIGKILL, as a crash or power cut would end the process: no shutdown hooks, no cleanup. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  public int waitFor() throws InterruptedException {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM did not finish in 120 s");
    }
    return process.exitValue();
  }

  private String exitCode() {
    try {
      return String.valueOf(process.exitValue());
    } catch (IllegalThreadStateException e) {
      return "?";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
