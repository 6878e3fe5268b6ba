package strongroom.engine.definition;

import java.util.List;

/** Evaluated arguments that do not fit the action; names arguments and types only, never values. */
public final class InvalidArgumentsException extends strongroom.engine.WorkflowException {
  private final List<String> problems;

  public InvalidArgumentsException(String ref, List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
