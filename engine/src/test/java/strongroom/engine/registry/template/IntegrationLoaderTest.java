package strongroom.engine.registry.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentType;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.core.CoreActions;
import strongroom.expr.Expressions;

class IntegrationLoaderTest {
  private static final String GOOD = """
      name: demo
      description: A demo.
      secrets:
        - name: demo
          keys: [DEMO_TOKEN]
      actions:
        - action: tools.demo.ping
          description: Ping.
          arguments:
            host: {type: string, required: true, description: The host.}
            base_url:
              type: string
              default: https://demo.example
              config: demo
              description: Base URL.
          steps:
            - ref: ping
              action: core.http_request
              args:
                url: ${{ inputs.base_url }}/ping/${{ inputs.host }}
                headers: {Authorization: "Bearer ${{ SECRETS.demo.DEMO_TOKEN }}"}
          returns: ${{ steps.ping.result.data }}
      """;

  private static IntegrationLoader loader(RegistryConfig config) {
    Expressions expressions = Expressions.create();
    Map<String, ActionSpec> core = CoreActions.all(config, expressions).stream()
        .collect(Collectors.toMap(ActionSpec::name, s -> s));
    return new IntegrationLoader(config, expressions, core);
  }

  private static List<String> problems(String yaml) {
    TemplateException e = assertThrows(TemplateException.class,
        () -> loader(RegistryConfig.defaults()).load("demo.yaml", yaml));
    assertEquals("demo.yaml", e.file());
    assertTrue(e.getMessage().startsWith("integration demo.yaml is invalid:"), e.getMessage());
    return e.problems();
  }

  @Test
  void load_goodFile_givesSpecWithArgumentsAndSecrets() {
    List<ActionSpec> specs = loader(RegistryConfig.defaults()).load("demo.yaml", GOOD);
    assertEquals(1, specs.size());
    ActionSpec spec = specs.get(0);
    assertEquals("tools.demo.ping", spec.name());
    assertEquals(List.of("host", "base_url"),
        spec.arguments().stream().map(a -> a.name()).toList());
    assertEquals(ArgumentType.STRING, spec.arguments().get(0).type());
    assertEquals("https://demo.example", spec.arguments().get(1).defaultValue());
    assertEquals("demo", spec.secrets().get(0).name());
    assertEquals(List.of("DEMO_TOKEN"), spec.secrets().get(0).keys());
  }

  @Test
  void load_configuredBaseUrl_replacesTheDefault() {
    ActionSpec spec = loader(RegistryConfig.defaults().withBaseUrl("demo", "http://127.0.0.1:1"))
        .load("demo.yaml", GOOD).get(0);
    assertEquals("http://127.0.0.1:1", spec.arguments().get(1).defaultValue());
  }

  @Test
  void load_unknownCoreAction_namesFileAndField() {
    assertEquals(List.of("demo.yaml: actions[0].steps[0].action: unknown action `core.http` "
        + "(a step calls one of core.http_request, core.transform.filter, "
        + "core.transform.reshape)"),
        problems(GOOD.replace("action: core.http_request", "action: core.http")));
  }

  @Test
  void load_everyProblemAtOnce() {
    String bad = GOOD.replaceFirst("name: demo\n", "name: other\n")
        .replace("type: string, required: true", "type: strng, required: true")
        .replace("url: ${{ inputs.base_url }}", "urll: ${{ inputs.base }}")
        .replace("SECRETS.demo.DEMO_TOKEN", "SECRETS.other.TOKEN")
        .replace("steps.ping.result", "steps.pong.result");
    List<String> problems = problems(bad);
    assertEquals(List.of(
        "demo.yaml: name: must equal the file name `demo`",
        "demo.yaml: actions[0].action: must start with `tools.other.`",
        "demo.yaml: actions[0].arguments.host.type: unknown type `strng` (string, integer, "
            + "number, boolean, object, array, any)",
        "demo.yaml: actions[0].steps[0].args: `core.http_request` needs argument `url`",
        "demo.yaml: actions[0].steps[0].args.urll: `core.http_request` has no argument `urll`",
        "demo.yaml: actions[0].steps[0].args: reads secret `other`, which the action does not "
            + "declare",
        "demo.yaml: actions[0].steps[0].args: reads `inputs.base`, which is not a declared "
            + "argument",
        "demo.yaml: actions[0].returns: reads `steps.pong`, which is not an earlier step"),
        problems);
  }

  @Test
  void load_unparsableExpression_namesField() {
    List<String> problems = problems(GOOD.replace("${{ steps.ping.result.data }}",
        "${{ steps.ping.result.data + }}"));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("demo.yaml: actions[0].returns: expression does not "
        + "parse"), problems.get(0));
  }

  @Test
  void load_workflowRoots_refused() {
    List<String> problems = problems(GOOD.replace("${{ inputs.host }}", "${{ TRIGGER.host }}"));
    assertEquals(List.of("demo.yaml: actions[0].steps[0].args: templates read inputs, steps and "
        + "SECRETS; `TRIGGER` belongs to the workflow (pass what is needed as an argument)"),
        problems);
  }

  @Test
  void load_typoInFieldName_reported() {
    List<String> problems = problems(GOOD.replace("    returns:", "    return:"));
    assertTrue(problems.get(0).startsWith("demo.yaml: actions[0].return: unknown field"),
        problems.get(0));
  }

  @Test
  void load_brokenYaml_namesLine() {
    List<String> problems = problems("name: demo\nactions: [\n");
    assertTrue(problems.get(0).startsWith("demo.yaml: line "), problems.get(0));
  }

  @Test
  void load_missingRequiredFields_reported() {
    assertEquals(List.of("demo.yaml: name: is required", "demo.yaml: description: is required",
        "demo.yaml: actions: must list at least one entry"), problems("secrets: []\n"));
  }
}
