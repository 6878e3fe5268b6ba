package strongroom.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command takes. Each command mixes them in, and wherever they are given
 * ({@code strongroom --workspace w secrets list} or {@code strongroom secrets list --workspace w})
 * they land on the root command, which resolves the defaults.
 */
public final class GlobalOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Folder of the SQLite database and the root key file (default: $STRONGROOM_DATA_DIR, else"
          + " data in the current folder).")
  void dataDir(Path dir) {
    if (dir != null) {
      root().useDataDir(dir);
    }
  }

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "Database to use instead of SQLite in the data folder, such as"
          + " jdbc:postgresql://host/db (default: $STRONGROOM_DB_URL).")
  void dbUrl(String url) {
    if (url != null) {
      root().useDbUrl(url);
    }
  }

  @Option(names = "--workspace", paramLabel = "NAME", description = "Workspace to work in (default: default).")
  void workspace(String name) {
    if (name != null) {
      root().useWorkspace(name);
    }
  }

  private StrongroomCommand root() {
    return (StrongroomCommand) mixee.root().userObject();
  }
}
