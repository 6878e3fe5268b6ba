package strongroom.engine.runner;

import java.time.Duration;

/**
 * Limits of the embedded engine: how long one action try may take unless its retry policy says
 * otherwise, and how many iterations one for_each may have (4096, the bound).
 */
public record EngineSettings(Duration actionTimeout, int maxIterations) {
  public static final EngineSettings DEFAULT = new EngineSettings(Duration.ofMinutes(5), 4096);
}
