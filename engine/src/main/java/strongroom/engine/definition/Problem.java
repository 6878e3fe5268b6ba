package strongroom.engine.definition;

/**
 * One problem of a definition: severity, code, the action ref (null for workflow-level fields),
 * the path inside the action or workflow ({@code args.headers.Authorization}) and a sentence that
 * quotes only source text and identifiers.
 */
public record Problem(Severity severity, ProblemCode code, String ref, String path, String message) {
  public static Problem error(ProblemCode code, String ref, String path, String message) {
    return new Problem(Severity.ERROR, code, ref, path, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same problem as an error (secret problems under {@code validate --env} and at run time). */
  public Problem asError() {
    return new Problem(Severity.ERROR, code, ref, path, message);
  }

  public Problem asWarning() {
    return new Problem(Severity.WARNING, code, ref, path, message);
  }

  /** {@code error: action `lookup` args.url: message}. */
  public String describe() {
    StringBuilder out = new StringBuilder(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
    if (ref != null) {
      out.append("action `").append(ref).append("` ");
    }
    if (path != null && !path.isEmpty()) {
      out.append(path).append(": ");
    } else if (ref != null) {
      out.append(": ");
    }
    return out.append(message).toString();
  }
}
