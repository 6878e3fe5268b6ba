package strongroom.bench.expr;

import dev.cel.runtime.CelRuntime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.jexl3.JexlExpression;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.expression.Expression;
import strongroom.expr.Template;

/**
 * Ours against Spring SpEL, Apache JEXL 3 and Google CEL on five workflow templates, both
 * parse+evaluate (nothing cached) and evaluate of a pre-parsed expression. Average time per
 * operation; lower is better.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class ExprBenchmark {
  @Param({"bearer", "arithmetic", "fnChain", "ternary", "map10"})
  public String template;

  private Engines engines;
  private List<Workloads.Field> fields;
  private List<Template> ours;
  private List<Expression> spel;
  private List<JexlExpression> jexl;
  private List<CelRuntime.Program> cel;

  @Setup(Level.Trial)
  public void setUp() {
    engines = new Engines();
    fields = Workloads.get(template);
    ours = fields.stream().map(f -> engines.oursParse(f.ours())).toList();
    spel = fields.stream().map(f -> engines.spelParse(f.spel())).toList();
    jexl = fields.stream().map(f -> engines.jexlParse(engines.jexl, f.jexl())).toList();
    cel = fields.stream().map(f -> engines.celParse(f.cel())).toList();
    // The same answers from all four, or the comparison means nothing.
    Answers.check(template, oursPreparsed(), spelPreparsed(), jexlPreparsed(), celPreparsed());
  }

  @Benchmark
  public Object oursParseEvaluate() {
    return Engines.run(fields, fields.stream().map(f -> engines.oursParse(f.ours())).toList(),
        engines::oursEval);
  }

  @Benchmark
  public Object oursPreparsed() {
    return Engines.run(fields, ours, engines::oursEval);
  }

  @Benchmark
  public Object spelParseEvaluate() {
    return Engines.run(fields, fields.stream().map(f -> engines.spelParse(f.spel())).toList(),
        engines::spelEval);
  }

  @Benchmark
  public Object spelPreparsed() {
    return Engines.run(fields, spel, engines::spelEval);
  }

  @Benchmark
  public Object jexlParseEvaluate() {
    return Engines.run(fields, fields.stream()
        .map(f -> engines.jexlParse(engines.jexlNoCache, f.jexl())).toList(), engines::jexlEval);
  }

  @Benchmark
  public Object jexlPreparsed() {
    return Engines.run(fields, jexl, engines::jexlEval);
  }

  @Benchmark
  public Object celParseEvaluate() {
    return Engines.run(fields, fields.stream().map(f -> engines.celParse(f.cel())).toList(),
        engines::celEval);
  }

  @Benchmark
  public Object celPreparsed() {
    return Engines.run(fields, cel, engines::celEval);
  }
}
