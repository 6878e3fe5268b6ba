package strongroom.cli.expr;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import strongroom.expr.ExprException;
import strongroom.expr.Expressions;
import strongroom.expr.References;

/** {@code strongroom expr refs}: what a template references, found without evaluating it. */
@Command(name = "refs",
    mixinStandardHelpOptions = true,
    description = "Print the references of TEMPLATE as JSON: secrets (name.key), actions, vars,"
        + " trigger and env paths, workspace_vars and functions.")
final class ExprRefsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "TEMPLATE", description = "A string with $${{ }} templates.")
  private String template;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      References r = Expressions.create().references(template);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("secrets", r.secrets().stream().map(References.SecretRef::toString).toList());
      json.put("actions", List.copyOf(r.actions()));
      json.put("vars", List.copyOf(r.vars()));
      json.put("trigger", List.copyOf(r.triggerPaths()));
      json.put("env", List.copyOf(r.env()));
      json.put("workspace_vars", r.workspaceVars().stream().map(References.SecretRef::toString).toList());
      json.put("functions", List.copyOf(r.functions()));
      out.println(JsonIo.write(json));
      out.flush();
      return 0;
    } catch (ExprException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ExprEvalCommand.exitCode(e);
    }
  }
}
