package strongroom.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import strongroom.secrets.SecretsException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Violation;

/**
 * Prints every failure as {@code strongroom: <message>} on stderr, never a stack trace, and returns
 * the exit code from {@link ExitCodes}.
 *
 * <p>Only messages known to be safe are shown: {@link SecretsException} and {@link CliException}
 * messages never carry values by design. picocli repeats the offending argument in its parse errors,
 * and a stray argument may be a secret someone typed, so unmatched arguments are not echoed unless
 * they look like an option or command name, and anything after an {@code =} in a quoted argument is
 * hidden.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  // A quoted NAME=VALUE (not an option's own --name=LABEL) may be a key with its value.
  private static final Pattern QUOTED_ASSIGNMENT = Pattern.compile("'([A-Za-z_][^'=\\s]*)=[^']*'");
  private static final Pattern OPTION_NAME = Pattern.compile("--?[A-Za-z][A-Za-z0-9-]*");
  private static final Pattern COMMAND_NAME = Pattern.compile("[a-z][a-z-]{0,19}");

  private final ExitCodes exitCodes = new ExitCodes();

  public ExitCodes exitCodes() {
    return exitCodes;
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (failure instanceof ValidationException invalid) {
      err.println("strongroom: invalid input:");
      for (Violation violation : invalid.violations()) {
        err.println("  " + violation.field() + ": " + violation.message() + " [" + violation.rule() + "]");
      }
    } else if (failure instanceof SecretsException || failure instanceof CliException) {
      err.println("strongroom: " + failure.getMessage());
    } else {
      // Not ours: its message may quote data (a JDBC URL, a file's content), so only its type is shown.
      err.println("strongroom: unexpected failure " + describe(failure) + "; this is a bug, please report it");
    }
    err.flush();
    return exitCodes.getExitCode(failure);
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("strongroom: " + safeMessage(failure, Arrays.asList(args)));
    if (failure instanceof UnmatchedArgumentException unmatched) {
      UnmatchedArgumentException.printSuggestions(unmatched, err);
    }
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return exitCodes.getExitCode(failure);
  }

  static String safeMessage(ParameterException failure, List<String> args) {
    if (failure instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      StringBuilder out = new StringBuilder();
      for (String token : unmatched.getUnmatched()) {
        out.append(out.isEmpty() ? "" : "; ");
        if (OPTION_NAME.matcher(token).matches()) {
          out.append("unknown option '").append(token).append('\'');
        } else if (!unmatched.getCommandLine().getSubcommands().isEmpty() && COMMAND_NAME.matcher(token).matches()) {
          // Where a subcommand is expected, a short lower-case word is a mistyped command, not a value.
          out.append("unknown command '").append(token).append('\'');
        } else {
          int position = args.indexOf(token);
          out.append("unexpected argument").append(position < 0 ? "" : " at position " + (position + 1))
              .append(" (not shown: it may be a secret value)");
        }
      }
      return out.toString();
    }
    String message = failure.getMessage() == null ? "invalid arguments" : failure.getMessage();
    return QUOTED_ASSIGNMENT.matcher(message).replaceAll("'$1=…'");
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == failure ? failure.getClass().getName()
        : failure.getClass().getName() + " (caused by " + root.getClass().getName() + ")";
  }
}
