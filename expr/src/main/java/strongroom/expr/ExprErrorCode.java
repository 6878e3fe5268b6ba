package strongroom.expr;

/** Stable codes for every failure of the expression language; callers branch on these, never on messages. */
public enum ExprErrorCode {
  /** A character or literal the lexer cannot read (bad number, unterminated string). */
  LEX,
  /** Tokens that do not form an expression. */
  PARSE,
  /** An identifier that is not a context, cast or keyword. */
  UNKNOWN_NAME,
  /** {@code FN.<name>} names no function; the message suggests the nearest names. */
  UNKNOWN_FUNCTION,
  /** A function called with too few or too many arguments. */
  ARITY,
  /** An operator or function met a value of the wrong type. */
  TYPE,
  /** The type was right but the value is not acceptable (bad int literal, bad pattern...). */
  VALUE,
  /** Division or modulo by zero. */
  DIVISION_BY_ZERO,
  /** An integer result left the 64-bit range. */
  OVERFLOW,
  /** {@code SECRETS.<name>} names no secret available to the run. */
  SECRET_NOT_FOUND,
  /** The secret exists but has no such key. */
  SECRET_KEY_NOT_FOUND,
  /** {@code VARS.<name>.<key>} names no workspace variable or key. */
  VARIABLE_NOT_FOUND,
  /** Two map keys of one structure evaluated to the same text. */
  DUPLICATE_KEY,
  /** A for-expression iterated over something that is not a list. */
  NOT_ITERABLE,
  /** A size, length, depth or work bound was exceeded. */
  LIMIT
}
