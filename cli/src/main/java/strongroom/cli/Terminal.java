package strongroom.cli;

import java.io.InputStream;

/**
 * The operator's side of the process: standard input, and the console for hidden prompts and
 * confirmations. Commands reach it through the root command so that tests can substitute one.
 */
public interface Terminal {
  /** Standard input, for {@code --key KEY=-}. */
  InputStream stdin();

  /** True when a console is attached, so prompts, confirmations and progress bars make sense. */
  boolean interactive();

  /** Reads a line without echo; null when there is no console. The caller zeroes the array. */
  char[] readHidden(String prompt);

  /** Reads a line with echo; null when there is no console or input ended. */
  String readLine(String prompt);
}
