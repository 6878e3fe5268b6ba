package strongroom.cli.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import strongroom.cli.CliResult;
import strongroom.cli.FakeTerminal;
import strongroom.cli.StrongroomCommand;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.service.StoreConfig;
import strongroom.secrets.testing.Canaries;

/** The workflows commands end to end on SQLite: save, validate, list, run (masked), runs, delete. */
class WorkflowsCommandTest {
  @TempDir Path dataDir;

  private CliResult run(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = StrongroomCommand.commandLine(new StrongroomCommand(new FakeTerminal(), Map.of(), "alice"));
    if (!line.getSubcommands().containsKey("workflows")) {
      line.addSubcommand(new WorkflowsCommand());
    }
    int code = line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    Canaries.assertAbsent("stdout", out.toString());
    Canaries.assertAbsent("stderr", err.toString());
    return new CliResult(code, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws Exception {
    Path p = dataDir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void saveValidateListRunRuns_endToEnd_masked() throws Exception {
    run("workflows", "list").ok();
    try (SecretStore store = SecretStore.open(StoreConfig.of(dataDir, null, Map.of()))) {
      store.secrets().create("default", NewSecret.custom("vendor", "tenant_a",
          List.of(KeyInput.of("API_KEY", Canaries.next()))), Actor.operator("alice"));
    }
    Path wf = file("wf.yaml", """
        title: Echo the key
        alias: echo_key
        actions:
          - ref: shape
            action: core.transform.reshape
            args: {value: {key: "${{ SECRETS.vendor.API_KEY }}", who: "${{ TRIGGER.who }}"}}
        """);
    CliResult saved = run("workflows", "save", wf.toString()).ok();
    assertTrue(saved.out().contains("warning: action `shape` secrets: secret `vendor` is missing in environment `default`"),
        saved.out());
    assertTrue(saved.out().contains("Created workflow echo_key"), saved.out());
    run("workflows", "validate", wf.toString(), "--env", "tenant_a").ok();
    CliResult invalid = run("workflows", "validate", wf.toString(), "--env", "tenant_b").expect(2);
    assertTrue(invalid.err().contains("error: action `shape` secrets: secret `vendor` is missing in environment `tenant_b`"));
    assertTrue(run("workflows", "list").ok().out().contains("echo_key"));

    CliResult ok = run("workflows", "run", "echo_key", "--env", "tenant_a", "--input", "who=bob", "--json").ok();
    assertTrue(ok.out().contains("\"key\": \"***\""), ok.out());
    assertTrue(ok.out().contains("\"who\": \"bob\""), ok.out());
    CliResult failed = run("workflows", "run", "echo_key").expect(1);
    assertTrue(failed.out().contains("secret `vendor` is missing in environment `default`"), failed.out());
    CliResult runs = run("workflows", "runs", "echo_key").ok();
    assertEquals(3, runs.out().lines().count(), runs.out());
  }

  @Test
  void save_invalidWorkflow_refusedWithEveryProblem() throws Exception {
    Path wf = file("bad.yaml", """
        title: Bad
        alias: bad
        actions:
          - {ref: a, action: core.nope}
          - {ref: b, action: core.transform.reshape, args: {value: "${{ ACTIONS.zzz.result }}"}}
        """);
    CliResult refused = run("workflows", "save", wf.toString()).expect(2);
    assertTrue(refused.err().contains("error: action `a` action: no action `core.nope` in the registry"), refused.err());
    assertTrue(refused.err().contains("`ACTIONS.zzz` names no action of this workflow"), refused.err());
    assertTrue(run("workflows", "list").ok().out().contains("No workflows"));
  }

  @Test
  void delete_removesTheWorkflow_andKeepsItsRuns() throws Exception {
    Path wf = file("gone.yaml", """
        title: Soon gone
        alias: gone
        actions:
          - {ref: a, action: core.transform.reshape, args: {value: 1}}
        """);
    run("workflows", "save", wf.toString()).ok();
    run("workflows", "run", "gone").ok();
    CliResult deleted = run("workflows", "delete", "gone").ok();
    assertTrue(deleted.out().matches(
        "Deleted workflow gone \\([0-9a-f-]{36}\\); 1 run is kept in the history\\.\\n"), deleted.out());
    assertTrue(run("workflows", "list").ok().out().contains("No workflows"));
    CliResult runs = run("workflows", "runs").ok();
    assertEquals(2, runs.out().lines().count(), runs.out());
    assertTrue(runs.out().lines().skip(1).findFirst().orElseThrow().contains("gone"), runs.out());
    CliResult again = run("workflows", "delete", "gone").expect(3);
    assertTrue(again.err().contains("no saved workflow `gone`"), again.err());
    run("workflows", "run", "gone").expect(3);
  }
}
