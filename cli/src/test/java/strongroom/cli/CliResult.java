package strongroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What one in-process run of the command printed and returned. */
public record CliResult(int exitCode, String out, String err) {
  /** Fails (showing stderr, which never holds values) unless the exit code is {@code expected}. */
  public CliResult expect(int expected) {
    assertEquals(expected, exitCode, () -> "exit code; stderr was:\n" + err + "\nstdout was:\n" + out);
    return this;
  }

  public CliResult ok() {
    return expect(0);
  }
}
