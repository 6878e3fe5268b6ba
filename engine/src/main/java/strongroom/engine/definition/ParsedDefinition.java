package strongroom.engine.definition;

import java.util.List;

/** What the parser made of a source: the definition (null when the text is not a mapping at all) and shape problems. */
public record ParsedDefinition(WorkflowDefinition definition, List<Problem> problems) {
  public ParsedDefinition {
    problems = List.copyOf(problems);
  }
}
