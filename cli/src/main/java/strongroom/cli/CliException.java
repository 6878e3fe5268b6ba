package strongroom.cli;

/**
 * A failure the CLI itself detects (an unreadable file, a refused confirmation). Its message is
 * shown as is, so it must never carry a secret value; {@code exitCode} is one of {@link ExitCodes}.
 */
public final class CliException extends RuntimeException {
  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
