package strongroom.engine.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigEditorTest {
  @Test
  void yaml_staysYaml_withTheEnvironmentSet_andEverythingElseKept() {
    String source = """
        title: T
        alias: t
        config: {environment: default, timeout: 5m}
        actions:
          - ref: a
            action: core.transform.reshape
            args: {value: "${{ SECRETS.x.K }}"}
        """;
    String edited = ConfigEditor.withEnvironment(source, "tenant_a");
    assertTrue(!edited.stripLeading().startsWith("{"), edited);
    WorkflowDefinition d = DefinitionParser.parse(edited).definition();
    assertEquals("tenant_a", d.config().environment());
    assertEquals(java.time.Duration.ofMinutes(5), d.config().timeout());
    assertEquals("${{ SECRETS.x.K }}", d.actions().get(0).args().get("value"));
    assertEquals(List.of(), DefinitionParser.parse(edited).problems());
  }

  @Test
  void json_staysJson_andAMissingConfigIsAdded() {
    String edited = ConfigEditor.withEnvironment("{\"title\": \"T\", \"alias\": \"t\", \"actions\": []}", "123456789012");
    assertTrue(edited.startsWith("{"), edited);
    assertEquals("123456789012", DefinitionParser.parse(edited).definition().config().environment());
  }
}
