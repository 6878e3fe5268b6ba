package strongroom.cli.expr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import strongroom.expr.EvalContext;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprException;
import strongroom.expr.ExprSyntaxException;
import strongroom.expr.Expressions;

/** {@code strongroom expr eval}: one template from argv, or many as JSON lines on stdin. */
@Command(name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Evaluate TEMPLATE and print the result as JSON.",
        "With --jsonl, read lines {\"template\": <JSON>, \"context\": {...}} from stdin and write"
            + " one line {\"ok\": true, \"result\": ...} or {\"ok\": false, \"error\": \"...\"} each.",
        "The context JSON holds SECRETS (name -> key -> value), ACTIONS, TRIGGER, var, ENV, VARS."})
final class ExprEvalCommand implements Callable<Integer> {
  @ParentCommand
  private ExprCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "TEMPLATE", description = "A string with $${{ }} templates.")
  private String template;

  @Option(names = "--context", paramLabel = "FILE.json", description = "The context, as a JSON object.")
  private Path contextFile;

  @Option(names = "--jsonl", description = "Evaluate JSON lines from stdin instead of TEMPLATE.")
  private boolean jsonl;

  @Option(names = "--now", paramLabel = "ISO-8601",
      description = "Fix FN.now and friends to this instant, e.g. 2024-01-02T03:04:05Z.")
  private String now;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Expressions expr = Expressions.create();
    try {
      Clock clock = clock();
      if (jsonl) {
        if (template != null || contextFile != null) {
          throw new ContextFile.InputException("--jsonl takes neither TEMPLATE nor --context");
        }
        jsonLines(expr, clock, out);
        return 0;
      }
      if (template == null) {
        throw new ContextFile.InputException("give a TEMPLATE, or --jsonl");
      }
      Object ctx = contextFile == null ? null
          : JsonIo.read(Files.readString(contextFile, StandardCharsets.UTF_8), "the context file");
      out.println(JsonIo.write(expr.evaluate(template, ContextFile.build(ctx, clock))));
      out.flush();
      return 0;
    } catch (ContextFile.InputException e) {
      err.println("error: " + e.getMessage());
      return ExprCommand.INVALID_INPUT;
    } catch (ExprException e) {
      err.println("error: " + e.getMessage());
      return exitCode(e);
    }
  }

  static int exitCode(ExprException e) {
    if (e instanceof ExprSyntaxException) {
      return ExprCommand.INVALID_INPUT;
    }
    if (e.code() == ExprErrorCode.SECRET_NOT_FOUND || e.code() == ExprErrorCode.SECRET_KEY_NOT_FOUND) {
      return ExprCommand.MISSING_SECRET;
    }
    return ExprCommand.EVAL_ERROR;
  }

  private Clock clock() {
    if (now == null) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(OffsetDateTime.parse(now).toInstant(), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new ContextFile.InputException("--now must be an ISO 8601 datetime with an offset");
    }
  }

  private void jsonLines(Expressions expr, Clock clock, PrintWriter out) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      try {
        Object request = JsonIo.read(line, "line " + lineNo);
        if (!(request instanceof Map<?, ?> m) || !m.containsKey("template")) {
          throw new ContextFile.InputException("line " + lineNo + " needs a \"template\" field");
        }
        EvalContext ctx = ContextFile.build(m.get("context"), clock);
        Object result = expr.evaluate(m.get("template"), ctx);
        answer.put("ok", true);
        answer.put("result", result);
      } catch (ContextFile.InputException | ExprException e) {
        answer.put("ok", false);
        answer.put("error", e.getMessage());
      }
      out.println(JsonIo.write(answer));
      out.flush();
    }
  }
}
