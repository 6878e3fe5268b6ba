package strongroom.engine.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import strongroom.engine.fixtures.TestActions;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;
import strongroom.engine.runner.WorkflowExecuteAction;
import strongroom.expr.Expressions;

class WorkflowValidatorTest {
  private static final Expressions EXPR = Expressions.create();
  private static final Registry REGISTRY = registry();

  private static Registry registry() {
    Registry.Builder b = StandardRegistry.builder(RegistryConfig.defaults());
    TestActions.all().forEach(b::add);
    return b.add(WorkflowExecuteAction.spec()).build();
  }

  static List<Problem> problems(String yaml) {
    ParsedDefinition parsed = DefinitionParser.parse(yaml);
    List<Problem> out = new java.util.ArrayList<>(parsed.problems());
    if (parsed.definition() != null) {
      out.addAll(new WorkflowValidator(REGISTRY, EXPR).validate(parsed.definition()));
    }
    return out;
  }

  @Test
  void validate_everySeededProblem_reportedInOnePass() {
    String yaml = """
        title: Broken on purpose
        alias: broken
        actions:
          - ref: a
            action: test.nope
          - ref: b
            action: test.echo
            args: {value: 1, colour: red}
          - ref: b
            action: test.echo
          - ref: c
            action: test.sleep
            args: {ms: "slow"}
          - ref: d
            action: test.sleep
          - ref: e
            action: test.echo
            depends_on: [ghost]
            args: {value: "${{ ACTIONS.phantom.result }}"}
          - ref: f
            action: test.echo
            args: {value: {nested: "${{ 1 + }}"}}
          - ref: g
            action: test.echo
            run_if: "${{ SECRETS.vendor.API_KEY == 'x' }}"
            args: {value: "${{ var.item }}"}
          - ref: h
            action: test.echo
            depends_on: [i]
          - ref: i
            action: test.echo
            args: {value: "${{ ACTIONS.h.result }}"}
        """;
    Set<String> found = problems(yaml).stream()
        .map(p -> p.code() + "@" + p.ref() + ":" + p.path()).collect(Collectors.toSet());
    Set<String> expected = Set.of(
        "UNKNOWN_ACTION@a:action",
        "UNKNOWN_ARGUMENT@b:args.colour",
        "DUPLICATE_REF@b:ref",
        "WRONG_TYPE@c:args.ms",
        "MISSING_ARGUMENT@d:args.ms",
        "UNKNOWN_DEPENDENCY@e:depends_on",
        "UNKNOWN_REFERENCE@e:null",
        "EXPRESSION@f:args.value.nested",
        "SECRET_OUTSIDE_ARGS@g:run_if",
        "UNBOUND_VARIABLE@g:args",
        "CYCLE@h:depends_on");
    assertEquals(expected, found, "every seeded problem, in one pass");
  }

  @Test
  void validate_cycle_namesEveryRefAlongIt() {
    List<Problem> problems = problems("""
        title: Loop
        actions:
          - {ref: a, action: test.echo, depends_on: [c]}
          - {ref: b, action: test.echo, depends_on: [a]}
          - {ref: c, action: test.echo, args: {value: "${{ ACTIONS.b.result }}"}}
        """);
    assertEquals(1, problems.size(), () -> problems.toString());
    assertEquals("error: action `a` depends_on: dependency cycle: a → c → b → a", problems.get(0).describe());
  }

  @Test
  void validate_unknownReference_refusedWithClearMessage() {
    List<Problem> problems = problems("""
        title: Typo
        actions:
          - {ref: lookup, action: test.echo}
          - {ref: report, action: test.echo, args: {value: "${{ ACTIONS.lookpu.result }}"}}
        """);
    assertEquals(List.of("error: action `report` : `ACTIONS.lookpu` names no action of this workflow"),
        problems.stream().map(Problem::describe).toList());
  }

  @Test
  void validate_goodWorkflow_hasNoProblems() {
    assertEquals(List.of(), problems("""
        title: Fine
        config: {environment: tenant_a, timeout: 5m}
        actions:
          - ref: ids
            action: test.echo
            args: {value: [1, 2, 3]}
          - ref: each
            action: test.echo
            for_each: ["for var.x in ACTIONS.ids.result", "${{ for var.y in ['a', 'b'] }}"]
            environment: "${{ var.y }}"
            retry: {max_attempts: 3, delay: 10ms, timeout: 2s}
            args: {value: "${{ var.x }}-${{ var.y }}"}
        returns: "${{ ACTIONS.each.result }}"
        """));
  }

  @Test
  void parse_yamlAndJson_giveTheSameDefinition() {
    WorkflowDefinition yaml = DefinitionParser.parse("""
        title: T
        alias: t
        actions:
          - {ref: a, action: test.echo, args: {value: 1}, for_each: "for var.x in [1]", depends_on: b}
          - {ref: b, action: test.echo}
        """).definition();
    WorkflowDefinition json = DefinitionParser.parse("""
        {"title": "T", "alias": "t", "actions": [
          {"ref": "a", "action": "test.echo", "args": {"value": 1}, "for_each": ["for var.x in [1]"], "depends_on": ["b"]},
          {"ref": "b", "action": "test.echo"}]}
        """).definition();
    assertEquals(yaml, json);
    assertEquals(1L, yaml.actions().get(0).args().get("value"));
  }

  @Test
  void parse_globalTag_refused() {
    ParsedDefinition parsed = DefinitionParser.parse("title: !!javax.script.ScriptEngineManager [x]\nactions: []\n");
    assertEquals(null, parsed.definition());
    assertEquals(ProblemCode.SYNTAX, parsed.problems().get(0).code());
  }

  @Test
  void parse_unknownFieldsAndShapes_allReported() {
    List<Problem> problems = problems("""
        title: T
        triggers: []
        actions:
          - {ref: A, action: test.echo, for_each: 3, retries: 2}
        """);
    Set<String> paths = problems.stream().map(p -> p.path()).collect(Collectors.toSet());
    assertTrue(paths.containsAll(Set.of("triggers", "ref", "for_each", "retries")), paths::toString);
  }
}
