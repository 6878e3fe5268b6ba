package strongroom.cli.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExprCommandTest {
  private static final String CANARY = "canary-77d1c0de-cli";

  private record Run(int code, String out, String err) {}

  private static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ExprCommand(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
    cl.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString().strip(), err.toString().strip());
  }

  @Test
  void eval_singleTemplate_printsTypedJson() {
    Run r = run("", "eval", "${{ [1, 2.5, 'a', None, True] }}");
    assertEquals(0, r.code(), r.err());
    assertEquals("[1,2.5,\"a\",null,true]", r.out());
    assertEquals("\"n=3\"", run("", "eval", "n=${{ 1 + 2 }}").out());
  }

  @Test
  void eval_withContextFile_readsEveryRoot(@TempDir Path dir) throws Exception {
    Path ctx = dir.resolve("ctx.json");
    Files.writeString(ctx, """
        {"SECRETS": {"vt": {"KEY": "%s"}}, "ACTIONS": {"a": {"result": {"n": 4}}},
         "TRIGGER": {"ids": [7]}, "var": {"x": 1}, "ENV": {"environment": "prod"},
         "VARS": {"s": {"r": "eu"}}}
        """.formatted(CANARY));
    Run r = run("", "eval", "--context", ctx.toString(),
        "${{ {'len': FN.length(SECRETS.vt.KEY), 'n': ACTIONS.a.result.n * 2, 'id': TRIGGER.ids[0],"
            + " 'x': var.x, 'env': ENV.environment, 'r': VARS.s.r} }}");
    assertEquals(0, r.code(), r.err());
    assertEquals("{\"len\":" + CANARY.length() + ",\"n\":8,\"id\":7,\"x\":1,\"env\":\"prod\",\"r\":\"eu\"}",
        r.out());
  }

  @Test
  void eval_fixedNow_isDeterministic() {
    Run r = run("", "eval", "--now", "2024-01-02T03:04:05Z", "${{ FN.now() }}");
    assertEquals("\"2024-01-02T03:04:05Z\"", r.out());
  }

  @Test
  void eval_syntaxError_exits2WithPosition() {
    Run r = run("", "eval", "${{ 1 + }}");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("PARSE") && r.err().contains("position 6"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void eval_evaluationError_exits1() {
    Run r = run("", "eval", "${{ 1 + 'a' }}");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("int and str"), r.err());
  }

  @Test
  void eval_missingSecret_exits5_andNeverPrintsValues(@TempDir Path dir) throws Exception {
    Path ctx = dir.resolve("ctx.json");
    Files.writeString(ctx, "{\"SECRETS\": {\"vt\": {\"KEY\": \"" + CANARY + "\"}}}");
    Run r = run("", "eval", "--context", ctx.toString(), "${{ SECRETS.vt.KEY + SECRETS.vt.OTHER }}");
    assertEquals(5, r.code());
    assertTrue(r.err().contains("'vt' has no key 'OTHER'"), r.err());
    Run r2 = run("", "eval", "--context", ctx.toString(), "${{ int(SECRETS.vt.KEY) }}");
    assertEquals(1, r2.code());
    assertFalse((r.err() + r.out() + r2.err() + r2.out()).contains(CANARY));
  }

  @Test
  void eval_badContextJson_reportsLocationNotContent(@TempDir Path dir) throws Exception {
    Path ctx = dir.resolve("ctx.json");
    Files.writeString(ctx, "{\"SECRETS\": {\"vt\": {\"KEY\": \"" + CANARY + "\" oops}}}");
    Run r = run("", "eval", "--context", ctx.toString(), "${{ 1 }}");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 1 column"), r.err());
    assertFalse(r.err().contains(CANARY), r.err());
    Files.writeString(ctx, "{\"SECRETS\": {\"vt\": {\"KEY\": 5}}, \"nope\": 1}");
    assertTrue(run("", "eval", "--context", ctx.toString(), "x").err().contains("'nope'"));
  }

  @Test
  void evalJsonl_answersEveryLine_continuingAfterErrors() {
    String in = """
        {"template": "${{ 1 + 1 }}"}
        {"template": "${{ 1 + }}"}
        not json

        {"template": {"k": "${{ SECRETS.s.K }}"}, "context": {"SECRETS": {"s": {"K": "v"}}}}
        {"template": "${{ SECRETS.s.K }}", "context": {"SECRETS": {"s": {"K": "%s"}}, "TRIGGER": 1}}
        {"template": "${{ int(SECRETS.s.K) }}", "context": {"SECRETS": {"s": {"K": "%s"}}}}
        {"context": {}}
        """.formatted(CANARY, CANARY);
    Run r = run(in, "eval", "--jsonl");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(7, lines.length, r.out());
    assertEquals("{\"ok\":true,\"result\":2}", lines[0]);
    assertTrue(lines[1].startsWith("{\"ok\":false,\"error\":\"PARSE"), lines[1]);
    assertTrue(lines[2].contains("invalid JSON in line 3"), lines[2]);
    assertEquals("{\"ok\":true,\"result\":{\"k\":\"v\"}}", lines[3]);
    assertEquals("{\"ok\":true,\"result\":\"" + CANARY + "\"}", lines[4]);
    assertTrue(lines[5].startsWith("{\"ok\":false") && !lines[5].contains(CANARY), lines[5]);
    assertTrue(lines[6].contains("needs a \\\"template\\\" field"), lines[6]);
  }

  @Test
  void refs_printsReferencesAsJson() {
    Run r = run("", "refs", "${{ SECRETS.vt.KEY }} ${{ FN.lowercase(ACTIONS.a.result[var.i]) }}"
        + " ${{ TRIGGER.x[0] }} ${{ ENV.environment }} ${{ VARS.s.r }}");
    assertEquals(0, r.code(), r.err());
    assertEquals("{\"secrets\":[\"vt.KEY\"],\"actions\":[\"a\"],\"vars\":[\"i\"],"
        + "\"trigger\":[\"TRIGGER.x[0]\"],\"env\":[\"ENV.environment\"],"
        + "\"workspace_vars\":[\"s.r\"],\"functions\":[\"lowercase\"]}", r.out());
  }

  @Test
  void refs_unknownFunction_exits2WithSuggestion() {
    Run r = run("", "refs", "${{ FN.uppercas('a') }}");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("did you mean FN.uppercase"), r.err());
  }

  @Test
  void noSubcommand_printsUsage() {
    Run r = run("", new String[0]);
    assertEquals(0, r.code());
    assertTrue(r.out().contains("eval") && r.out().contains("refs"), r.out());
  }
}
