package strongroom.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Asks before an irreversible step: {@code --yes} skips the question; without a terminal to ask
 * on, {@code --yes} is required, so a script cannot destroy anything by accident.
 */
public final class Confirmation {
  private Confirmation() {}

  /** Returns normally when confirmed; otherwise throws (usage error without a terminal, failure when declined). */
  public static void require(CommandSpec spec, Terminal terminal, boolean yes, String question) {
    if (yes) {
      return;
    }
    if (!terminal.interactive()) {
      throw new ParameterException(spec.commandLine(),
          "this cannot be undone and there is no terminal to confirm on; pass --yes to go ahead");
    }
    String answer = terminal.readLine(question + " [y/N] ");
    if (answer == null || !(answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"))) {
      throw new CliException(ExitCodes.FAILURE, "not confirmed; nothing was changed");
    }
  }
}
