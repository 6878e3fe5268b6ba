package strongroom.engine.runner;

import java.util.List;
import strongroom.engine.WorkflowException;

/** Resolved secrets lack keys the action needs; names every secret, key and the environment. */
public final class SecretProblemsException extends WorkflowException {
  private final String environment;
  private final List<String> problems;

  public SecretProblemsException(String environment, List<String> problems) {
    super(String.join("; ", problems));
    this.environment = environment;
    this.problems = List.copyOf(problems);
  }

  public String environment() {
    return environment;
  }

  public List<String> problems() {
    return problems;
  }
}
