package strongroom.engine.registry;

import java.util.Objects;

/**
 * One thing wrong with an action's evaluated arguments. The message names the argument and the
 * types involved, never the value that was passed.
 */
public record ArgumentProblem(String argument, Code code, String message) {
  public ArgumentProblem {
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** What kind of problem it is. */
  public enum Code {
    UNKNOWN_ARGUMENT, MISSING_ARGUMENT, WRONG_TYPE
  }

  @Override
  public String toString() {
    return message;
  }
}
