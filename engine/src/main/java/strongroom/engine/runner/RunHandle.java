package strongroom.engine.runner;

import java.util.concurrent.CompletableFuture;

/** A submitted run: its id, valid at once, and its outcome once finished. */
public record RunHandle(String runId, CompletableFuture<RunOutcome> outcome) {
  /** Waits for the outcome. */
  public RunOutcome await() {
    return outcome.join();
  }
}
