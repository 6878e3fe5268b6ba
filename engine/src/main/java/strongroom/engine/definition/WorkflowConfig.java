package strongroom.engine.definition;

import java.time.Duration;
import strongroom.secrets.Environments;

/** Run-wide settings: the environment secrets resolve in (default {@code default}) and the run's timeout (null: none). */
public record WorkflowConfig(String environment, Duration timeout) {
  public static final WorkflowConfig DEFAULT = new WorkflowConfig(Environments.DEFAULT, null);

  public WorkflowConfig {
    environment = environment == null || environment.isBlank() ? Environments.DEFAULT : environment;
  }
}
