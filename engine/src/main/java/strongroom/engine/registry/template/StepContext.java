package strongroom.engine.registry.template;

import java.time.Duration;
import java.util.Map;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionSecrets;
import strongroom.engine.registry.ChildWorkflows;

/** The context a template gives one of its steps: the step's own arguments, the rest shared. */
final class StepContext implements ActionContext {
  private final ActionContext parent;
  private final Map<String, Object> args;

  StepContext(ActionContext parent, Map<String, Object> args) {
    this.parent = parent;
    this.args = args;
  }

  @Override
  public Map<String, Object> args() {
    return args;
  }

  @Override
  public ActionSecrets secrets() {
    return parent.secrets();
  }

  @Override
  public String environment() {
    return parent.environment();
  }

  @Override
  public void log(String line) {
    parent.log(line);
  }

  @Override
  public void addMaskedValue(String value) {
    parent.addMaskedValue(value);
  }

  @Override
  public Duration timeout() {
    return parent.timeout();
  }

  @Override
  public ChildWorkflows childWorkflows() {
    return parent.childWorkflows();
  }
}
