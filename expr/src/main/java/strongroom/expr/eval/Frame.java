package strongroom.expr.eval;

import java.time.Clock;
import strongroom.expr.EvalContext;
import strongroom.expr.ExprLimitException;
import strongroom.expr.Limits;

/**
 * The state of one evaluation: its context, its limits and the work it has spent. Not
 * thread-safe; each evaluation makes its own.
 */
public final class Frame {
  private final EvalContext context;
  private final Limits limits;
  private long work;
  private int depth;

  public Frame(EvalContext context, Limits limits) {
    this.context = context;
    this.limits = limits;
  }

  /** A frame with an empty context and default limits, for value operations outside a run. */
  public static Frame standalone() {
    return new Frame(EvalContext.empty(), Limits.DEFAULT);
  }

  public EvalContext context() {
    return context;
  }

  public Limits limits() {
    return limits;
  }

  public Clock clock() {
    return context.clock();
  }

  /** Spends {@code units} of work; one unit is roughly one element or character touched. */
  public void charge(long units) {
    work += units;
    if (work > limits.maxWork()) {
      throw new ExprLimitException("evaluation exceeded its work budget of " + limits.maxWork());
    }
  }

  /** Fails unless a built list or map of {@code n} elements is within the limit. */
  public void checkSize(long n) {
    if (n > limits.maxCollectionSize()) {
      throw new ExprLimitException(
          "result would hold " + n + " elements, more than " + limits.maxCollectionSize());
    }
    charge(n);
  }

  /** Fails unless a built string of {@code n} characters is within the limit. */
  public void checkLength(long n) {
    if (n > limits.maxStringLength()) {
      throw new ExprLimitException(
          "result would hold " + n + " characters, more than " + limits.maxStringLength());
    }
    charge(n / 16);
  }

  /** Enters one level of a recursive walk over a value; pair with {@link #exit()}. */
  public void enter() {
    if (++depth > limits.maxDepth() * 8) {
      throw new ExprLimitException("value nested deeper than " + limits.maxDepth() * 8);
    }
  }

  public void exit() {
    depth--;
  }
}
