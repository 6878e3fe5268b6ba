package strongroom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.service.StoreConfig;
import strongroom.secrets.testing.Canaries;

/**
 * Runs {@code strongroom} in process against one data folder (and optionally a database URL), with
 * a scripted terminal, and checks that no run prints a canary value.
 */
public final class CliHarness {
  public static final String USER = "alice";

  private final Path dataDir;
  private final String dbUrl;
  private FakeTerminal terminal = new FakeTerminal();

  public CliHarness(Path dataDir) {
    this(dataDir, null);
  }

  public CliHarness(Path dataDir, String dbUrl) {
    this.dataDir = dataDir;
    this.dbUrl = dbUrl;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The terminal of the next runs; replace it to script stdin and answers. */
  public FakeTerminal terminal() {
    return terminal;
  }

  public FakeTerminal freshTerminal() {
    terminal = new FakeTerminal();
    return terminal;
  }

  /** Runs with {@code --data-dir} (and {@code --db-url}) put before the arguments. */
  public CliResult run(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
    if (dbUrl != null) {
      all.addAll(List.of("--db-url", dbUrl));
    }
    all.addAll(List.of(args));
    return runBare(all.toArray(String[]::new));
  }

  /** Runs exactly these arguments, with no environment variables. */
  public CliResult runBare(String... args) {
    return runWith(Map.of(), args);
  }

  public CliResult runWith(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = StrongroomCommand.commandLine(new StrongroomCommand(terminal, environment, USER))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
    Canaries.assertAbsent("stdout", out.toString());
    Canaries.assertAbsent("stderr", err.toString());
    return new CliResult(code, out.toString(), err.toString());
  }

  /** The store the command uses, opened directly (for tampering and checking stored values); close it. */
  public SecretStore openStore() {
    return SecretStore.open(StoreConfig.of(dataDir, dbUrl, Map.of()));
  }
}
