package strongroom.engine.definition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every problem found in one pass, errors first, then in the order the actions are written. */
public record ValidationReport(List<Problem> problems) {
  public ValidationReport {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing(Problem::severity));
    problems = List.copyOf(sorted);
  }

  public static ValidationReport of(List<Problem> problems) {
    return new ValidationReport(problems);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** A report with {@code more} appended. */
  public ValidationReport with(List<Problem> more) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(more);
    return new ValidationReport(all);
  }

  /** One line per problem. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) {
      out.append(out.isEmpty() ? "" : "\n").append(p.describe());
    }
    return out.toString();
  }
}
