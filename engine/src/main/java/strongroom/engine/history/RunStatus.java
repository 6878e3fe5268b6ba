package strongroom.engine.history;

/** Where a run, or one action invocation, stands. */
public enum RunStatus {
  RUNNING, SUCCEEDED, FAILED, TIMED_OUT, SKIPPED;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean finished() {
    return this != RUNNING;
  }
}
