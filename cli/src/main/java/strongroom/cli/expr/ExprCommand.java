package strongroom.cli.expr;

import java.io.InputStream;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strongroom expr}: evaluate templates and list their references, offline. */
@Command(name = "expr",
    mixinStandardHelpOptions = true,
    description = "Evaluate $${{ }} templates and list what they reference, without a store.",
    subcommands = {ExprEvalCommand.class, ExprRefsCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success (with --jsonl: every line was answered, errors included)",
        "1:evaluation error",
        "2:syntax error, unreadable context or invalid input",
        "5:missing secret or secret key"})
public final class ExprCommand implements Runnable {
  /** Exit code of an evaluation error. */
  static final int EVAL_ERROR = 1;
  /** Exit code of a syntax error or unreadable input. */
  static final int INVALID_INPUT = 2;
  /** Exit code of a missing secret, the same as the root command's. */
  static final int MISSING_SECRET = 5;

  @Spec
  private CommandSpec spec;

  private final InputStream stdin;

  public ExprCommand() {
    this(System.in);
  }

  /** For tests: another standard input for {@code eval --jsonl}. */
  public ExprCommand(InputStream stdin) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
