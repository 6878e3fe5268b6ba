package strongroom.engine.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionSecrets;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentChecker;
import strongroom.engine.registry.ChildWorkflows;

/**
 * An {@link ActionContext} for tests: arguments and secrets from maps, logs and masked values
 * recorded for assertions. {@link #run(ActionSpec)} checks the arguments and fills in defaults
 * the way the runner does, then runs the action.
 */
public final class TestActionContext implements ActionContext {
  private final Map<String, Object> args;
  private final ActionSecrets secrets;
  private final String environment;
  private final Duration timeout;
  private final ChildWorkflows children;
  private final List<String> logs = new CopyOnWriteArrayList<>();
  private final List<String> masked = new CopyOnWriteArrayList<>();

  private TestActionContext(Builder b) {
    this.args = b.args;
    this.secrets = new MapActionSecrets(b.environment, b.secrets);
    this.environment = b.environment;
    this.timeout = b.timeout;
    this.children = b.children;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checks the arguments against {@code spec} (failing on any problem), fills defaults, runs. */
  public Object run(ActionSpec spec) throws Exception {
    var problems = ArgumentChecker.check(spec, args);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("argument problems: " + problems);
    }
    TestActionContext checked = new TestActionContext(this, ArgumentChecker.withDefaults(spec, args));
    try {
      return spec.action().execute(checked);
    } finally {
      logs.addAll(checked.logs);
      masked.addAll(checked.masked);
    }
  }

  private TestActionContext(TestActionContext from, Map<String, Object> args) {
    this.args = args;
    this.secrets = from.secrets;
    this.environment = from.environment;
    this.timeout = from.timeout;
    this.children = from.children;
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
  public void log(String line) {
    logs.add(line);
  }

  @Override
  public void addMaskedValue(String value) {
    masked.add(value);
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public ChildWorkflows childWorkflows() {
    if (children == null) {
      throw new UnsupportedOperationException("this test context runs no child workflows");
    }
    return children;
  }

  public List<String> logs() {
    return List.copyOf(logs);
  }

  /** Values the action registered with {@link #addMaskedValue}. */
  public List<String> maskedValues() {
    return List.copyOf(masked);
  }

  @Override
  public String toString() {
    return "TestActionContext[" + environment + ", args=" + args.keySet() + "]";
  }

  /** Builds a {@link TestActionContext}; every part is optional. */
  public static final class Builder {
    private final Map<String, Object> args = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    private String environment = "default";
    private Duration timeout = Duration.ofSeconds(10);
    private ChildWorkflows children;

    private Builder() {}

    public Builder arg(String name, Object value) {
      args.put(name, value);
      return this;
    }

    public Builder args(Map<String, ?> values) {
      args.putAll(values);
      return this;
    }

    /** Adds (or extends) secret {@code name} with {@code key} = {@code value}. */
    public Builder secret(String name, String key, String value) {
      secrets.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, value);
      return this;
    }

    public Builder environment(String environment) {
      this.environment = environment;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder childWorkflows(ChildWorkflows children) {
      this.children = children;
      return this;
    }

    public TestActionContext build() {
      return new TestActionContext(this);
    }
  }
}
