package strongroom.engine.registry.template;

import java.util.List;

/**
 * An integration file that cannot be loaded. Lists every problem, each as
 * {@code <file>: <field>: <what is wrong>}, so one run of the tests shows them all.
 */
public final class TemplateException extends RuntimeException {
  private final String file;
  private final List<String> problems;

  public TemplateException(String file, List<String> problems) {
    super("integration " + file + " is invalid:\n  " + String.join("\n  ", problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  /** Each problem, {@code <file>: <field>: <message>}. */
  public List<String> problems() {
    return problems;
  }
}
