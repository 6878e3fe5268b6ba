package strongroom.engine.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import strongroom.engine.masking.Masker;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionSecrets;
import strongroom.engine.registry.ChildWorkflows;

/**
 * What one action invocation sees. Collects its log lines and the values it registers for
 * masking; the masker is built from them together with every resolved value once it ends.
 */
final class InvocationContext implements ActionContext {
  private final Map<String, Object> args;
  private final ActionSecrets secrets;
  private final String environment;
  private final Duration timeout;
  private final ChildWorkflows children;
  private final List<Collection<String>> secretValues;
  private final List<String> logs = new ArrayList<>();
  private final List<String> registered = new ArrayList<>();

  InvocationContext(Map<String, Object> args, ActionSecrets secrets, String environment, Duration timeout,
      ChildWorkflows children, List<Collection<String>> secretValues) {
    this.args = java.util.Collections.unmodifiableMap(args);
    this.secrets = secrets;
    this.environment = environment;
    this.timeout = timeout;
    this.children = children;
    this.secretValues = secretValues;
  }

  @Override
  public Map<String, Object> args() {
    return args;
  }

  @Override
  public ActionSecrets secrets() {
    return secrets;
  }

  @Override
  public String environment() {
    return environment;
  }

  @Override
  public synchronized void log(String line) {
    if (line != null && logs.size() < 10_000) {
      logs.add(line);
    }
  }

  @Override
  public synchronized void addMaskedValue(String value) {
    if (value != null) {
      registered.add(value);
    }
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public ChildWorkflows childWorkflows() {
    return children;
  }

  synchronized List<String> logs() {
    return List.copyOf(logs);
  }

  /** A masker over every resolved value and every value registered so far. */
  synchronized Masker masker() {
    return buildMasker(secretValues, registered);
  }

  static Masker buildMasker(List<Collection<String>> secretValues, List<String> registered) {
    Masker.Builder builder = Masker.builder();
    secretValues.forEach(builder::addSecret);
    registered.forEach(builder::add);
    return builder.build();
  }

  @Override
  public String toString() {
    return "ActionContext[environment=" + environment + ", args=" + args.keySet() + "]";
  }
}
