package strongroom.engine.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.history.ActionResult;
import strongroom.expr.EvalContext;
import strongroom.expr.Expressions;

/**
 * How the iterations of a for_each run: how many at once, in whole batches or as a sliding
 * window, and whether one failure fails the action ({@code all}) or only itself ({@code isolated}).
 * Ordinary actions use their {@code concurrency}; {@code core.workflow.execute} reads its
 * {@code loop_strategy}, {@code batch_size} and {@code fail_strategy} arguments.
 */
record LoopStrategy(int concurrency, boolean batches, boolean failAll) {
  static LoopStrategy of(ActionStatement statement, Expressions expressions, EvalContext base, int maxIterations) {
    if (!WorkflowExecuteAction.NAME.equals(statement.action())) {
      return new LoopStrategy(statement.concurrency(), false, true);
    }
    String loop = text(statement.args(), "loop_strategy", "parallel", expressions, base);
    String fail = text(statement.args(), "fail_strategy", "isolated", expressions, base);
    Object size = statement.args().containsKey("batch_size")
        ? expressions.evaluate(statement.args().get("batch_size"), base) : 32L;
    int batch = size instanceof Number n ? (int) Math.max(1, Math.min(maxIterations, n.longValue())) : 32;
    boolean failAll = "all".equals(fail);
    return switch (loop) {
      case "sequential" -> new LoopStrategy(1, false, failAll);
      case "batch" -> new LoopStrategy(batch, true, failAll);
      default -> new LoopStrategy(maxIterations, false, failAll);
    };
  }

  private static String text(Map<String, Object> args, String name, String fallback, Expressions expressions,
      EvalContext base) {
    Object value = args.containsKey(name) ? expressions.evaluate(args.get(name), base) : fallback;
    return value instanceof String s ? s : fallback;
  }

  /** Runs {@code count} iterations and returns their results in iteration order. */
  List<ActionResult> runAll(int count, ExecutorService threads, IntFunction<ActionResult> iteration) throws InterruptedException {
    List<ActionResult> out = new ArrayList<>(count);
    int step = batches ? concurrency : count;
    for (int from = 0; from < count; from += Math.max(1, step)) {
      int to = Math.min(count, from + Math.max(1, step));
      Semaphore permits = new Semaphore(concurrency);
      List<Future<ActionResult>> futures = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        permits.acquire();
        int index = i;
        futures.add(threads.submit(() -> {
          try {
            return iteration.apply(index);
          } finally {
            permits.release();
          }
        }));
      }
      for (Future<ActionResult> f : futures) {
        try {
          out.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("an iteration crashed", e.getCause());
        }
      }
    }
    return out;
  }
}
