package strongroom.engine.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Changes a workflow's {@code config} in its source, keeping the source's format (JSON stays JSON,
 * YAML stays YAML) and every other field. YAML comments do not survive the rewrite.
 */
public final class ConfigEditor {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ConfigEditor() {}

  /** {@code source} with {@code config.environment} set to {@code environment}. */
  public static String withEnvironment(String source, String environment) {
    List<Problem> problems = new ArrayList<>();
    Object raw = DefinitionParser.read(source, problems);
    if (!(raw instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the saved definition is not a mapping");
    }
    Map<String, Object> document = copy(map);
    Object config = document.get("config");
    Map<String, Object> edited = config instanceof Map<?, ?> c ? copy(c) : new LinkedHashMap<>();
    edited.put("environment", environment);
    document.put("config", edited);
    if (source.stripLeading().startsWith("{")) {
      try {
        return JSON.writeValueAsString(document) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the definition as JSON", e);
      }
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(120);
    return new Yaml(options).dump(document);
  }

  private static Map<String, Object> copy(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
