package strongroom.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import strongroom.cli.audit.AuditCommand;
import strongroom.cli.expr.ExprCommand;
import strongroom.cli.keys.KeysCommand;
import strongroom.cli.registry.RegistryCommand;
import strongroom.cli.secrets.SecretsCommand;
import strongroom.cli.serve.ServeCommand;
import strongroom.cli.tokens.TokensCommand;
import strongroom.cli.workflows.WorkflowsCommand;
import strongroom.secrets.Actor;
import strongroom.secrets.Workspace;
import strongroom.secrets.service.StoreConfig;

/** The root {@code strongroom} command: holds the global settings and the terminal its subcommands use. */
@Command(name = "strongroom",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Strongroom keeps the secrets of security workflows, encrypted at rest.",
    subcommands = {SecretsCommand.class, KeysCommand.class, AuditCommand.class, WorkflowsCommand.class,
        RegistryCommand.class, ExprCommand.class, TokensCommand.class, ServeCommand.class},
    footerHeading = "%nSecret values:%n",
    footer = {
        "  Give --key KEY=@FILE, --key KEY=- (stdin) or --key KEY (asked for without",
        "  echo). --key KEY=VALUE works but warns: shell history and `ps` keep it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:other failure; also `secrets verify` found corrupted versions",
        "2:usage error or invalid input",
        "3:not found (secret, version, workspace, key term)",
        "4:conflict (duplicate name, stale --expect-version, refused change)",
        "5:missing secrets",
        "6:corrupted secret version",
        "7:root key or keyring problem",
        "8:database failure"})
public final class StrongroomCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Mixin
  private GlobalOptions global;

  private final Terminal terminal;
  private final Map<String, String> environment;
  private final String userName;
  private Path dataDir;
  private String dbUrl;
  private String workspace;

  public StrongroomCommand() {
    this(new SystemTerminal(), System.getenv(), System.getProperty("user.name", "unknown"));
  }

  /** For tests: another terminal, other environment variables, another OS user. */
  public StrongroomCommand(Terminal terminal, Map<String, String> environment, String userName) {
    this.terminal = terminal;
    this.environment = Map.copyOf(environment);
    this.userName = userName;
  }

  /** A command line for {@code root} with Strongroom's error reporting and exit codes. */
  public static CommandLine commandLine(StrongroomCommand root) {
    ErrorReporter reporter = new ErrorReporter();
    return new CommandLine(root)
        // An argument starting with @ must not silently become the content of a file.
        .setExpandAtFiles(false)
        .setExecutionExceptionHandler(reporter)
        .setParameterExceptionHandler(reporter)
        .setExitCodeExceptionMapper(reporter.exitCodes());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  void useDataDir(Path dir) {
    this.dataDir = dir;
  }

  void useDbUrl(String url) {
    this.dbUrl = url;
  }

  void useWorkspace(String name) {
    this.workspace = name;
  }

  public Terminal terminal() {
    return terminal;
  }

  /** {@code --data-dir}, else {@code $STRONGROOM_DATA_DIR}, else {@code ./data}. */
  public Path dataDir() {
    if (dataDir != null) {
      return dataDir;
    }
    String fromEnvironment = environment.get(StoreConfig.DATA_DIR_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank() ? StoreConfig.DEFAULT_DATA_DIR : Path.of(fromEnvironment);
  }

  /** {@code --db-url}, else {@code $STRONGROOM_DB_URL}; null means SQLite in the data folder. */
  public String dbUrl() {
    return dbUrl != null ? dbUrl : environment.get(StoreConfig.DB_URL_VARIABLE);
  }

  public String workspace() {
    return workspace != null ? workspace : Workspace.DEFAULT_NAME;
  }

  public StoreConfig storeConfig() {
    return StoreConfig.of(dataDir(), dbUrl(), environment);
  }

  /** Everything done from the CLI is done by the operator, named after the OS user. */
  public Actor actor() {
    return Actor.operator(userName);
  }
}
