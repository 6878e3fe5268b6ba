package strongroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExitCodeExceptionMapper;
import strongroom.secrets.SecretsException;

/** The one place where failures become exit codes; the root command's help lists the same table. */
public final class ExitCodes implements IExitCodeExceptionMapper {
  public static final int OK = CommandLine.ExitCode.OK;
  /** Anything else, including corrupted versions found by {@code secrets verify}. */
  public static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
  public static final int USAGE = CommandLine.ExitCode.USAGE;
  public static final int NOT_FOUND = 3;
  public static final int CONFLICT = 4;
  public static final int MISSING_SECRETS = 5;
  public static final int CORRUPTED = 6;
  public static final int ROOT_KEY = 7;
  public static final int STORAGE = 8;

  @Override
  public int getExitCode(Throwable failure) {
    if (failure instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (failure instanceof CliException cli) {
      return cli.exitCode();
    }
    if (failure instanceof SecretsException secrets) {
      return switch (secrets.code()) {
        case INVALID_INPUT -> USAGE;
        case NOT_FOUND -> NOT_FOUND;
        case CONFLICT, STALE_VERSION -> CONFLICT;
        case MISSING_SECRETS -> MISSING_SECRETS;
        case CORRUPTED -> CORRUPTED;
        case ROOT_KEY, KEYRING -> ROOT_KEY;
        case STORAGE -> STORAGE;
      };
    }
    return FAILURE;
  }
}
