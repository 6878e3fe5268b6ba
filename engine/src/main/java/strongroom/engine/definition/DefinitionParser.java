package strongroom.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a workflow from YAML or JSON (JSON when the text starts with <code>{</code>). YAML goes
 * through SnakeYAML's SafeConstructor with global tags refused, so a document can build nothing
 * but maps, lists and scalars. Shape problems are collected, not thrown.
 */
public final class DefinitionParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;

  private DefinitionParser() {}

  public static ParsedDefinition parse(String source) {
    List<Problem> problems = new ArrayList<>();
    Object raw = read(source, problems);
    if (raw == null) {
      if (problems.isEmpty()) {
        problems.add(Problem.error(ProblemCode.SYNTAX, null, null, "the document is empty"));
      }
      return new ParsedDefinition(null, problems);
    }
    if (!(raw instanceof Map<?, ?> map)) {
      problems.add(Problem.error(ProblemCode.SHAPE, null, null, "a workflow must be a mapping"));
      return new ParsedDefinition(null, problems);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) JsonValues.normalize(map);
    WorkflowDefinition definition = new ShapeReader(problems).workflow(fields);
    return new ParsedDefinition(definition, problems);
  }

  /** The document as plain maps, lists and scalars (null, with problems, when it does not parse). */
  static Object read(String source, List<Problem> problems) {
    if (source.length() > MAX_DOCUMENT_CHARS) {
      problems.add(Problem.error(ProblemCode.SYNTAX, null, null, "the document is larger than 4 MiB"));
      return null;
    }
    if (source.stripLeading().startsWith("{")) {
      try {
        return JSON.readValue(source, Object.class);
      } catch (JsonProcessingException e) {
        var at = e.getLocation();
        problems.add(Problem.error(ProblemCode.SYNTAX, null, null, "invalid JSON"
            + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())));
        return null;
      }
    }
    LoaderOptions options = new LoaderOptions();
    options.setTagInspector(tag -> false);
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    try {
      return new Yaml(new SafeConstructor(options)).load(source);
    } catch (MarkedYAMLException e) {
      // The problem and its position only: the snippet SnakeYAML adds could show any line of the file.
      var mark = e.getProblemMark();
      problems.add(Problem.error(ProblemCode.SYNTAX, null, null, "invalid YAML: " + e.getProblem()
          + (mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))));
      return null;
    } catch (YAMLException e) {
      problems.add(Problem.error(ProblemCode.SYNTAX, null, null, "invalid YAML"));
      return null;
    }
  }
}
