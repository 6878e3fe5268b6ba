package strongroom.expr.eval;

/** A compiled expression node: immutable, thread-safe, evaluated against a {@link Frame}. */
@FunctionalInterface
public interface Code {
  Object run(Frame frame);
}
