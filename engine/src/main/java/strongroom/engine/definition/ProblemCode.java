package strongroom.engine.definition;

/** What is wrong with a workflow definition; stable names for API bodies and tests. */
public enum ProblemCode {
  /** The YAML or JSON does not parse. */
  SYNTAX,
  /** A field is missing, unknown or of the wrong shape. */
  SHAPE,
  UNKNOWN_ACTION,
  DUPLICATE_REF,
  CYCLE,
  UNKNOWN_DEPENDENCY,
  /** {@code ACTIONS.<ref>} names no action of the workflow. */
  UNKNOWN_REFERENCE,
  /** {@code var.<name>} is not bound by the action's for_each. */
  UNBOUND_VARIABLE,
  UNKNOWN_ARGUMENT,
  MISSING_ARGUMENT,
  WRONG_TYPE,
  /** A template that does not parse. */
  EXPRESSION,
  /** {@code SECRETS} used outside {@code args}, where its value could become a loop variable or a decision. */
  SECRET_OUTSIDE_ARGS,
  MISSING_SECRET,
  MISSING_SECRET_KEY
}
