package strongroom.expr;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one evaluation may read: {@code ACTIONS}, {@code TRIGGER}, {@code var},
 * {@code ENV}, {@code VARS}, {@code SECRETS}, the clock behind {@code FN.now}, and inside an
 * integration template its {@code inputs} and earlier {@code steps}.
 *
 * <p>Immutable; {@link #withVar} makes the per-iteration copies a {@code for_each} needs.
 * {@code toString} names the parts only, never a value.
 */
public final class EvalContext {
  private final Map<String, Object> actions;
  private final Object trigger;
  private final Map<String, Object> var;
  private final Map<String, Object> env;
  private final Map<String, Object> vars;
  private final SecretsLookup secrets;
  private final Clock clock;
  private final Map<String, Object> inputs;
  private final Map<String, Object> steps;

  private EvalContext(Builder b) {
    this.actions = b.actions;
    this.trigger = b.trigger;
    this.var = b.var;
    this.env = b.env;
    this.vars = b.vars;
    this.secrets = b.secrets;
    this.clock = b.clock;
    this.inputs = b.inputs;
    this.steps = b.steps;
  }

  /** A context with nothing in it but the system UTC clock and no secrets. */
  public static EvalContext empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this context. */
  public Builder toBuilder() {
    return new Builder().actions(actions).trigger(trigger).var(var).env(env).vars(vars)
        .secrets(secrets).clock(clock).inputs(inputs).steps(steps);
  }

  /** A copy with loop variable {@code name} bound to {@code value}. */
  public EvalContext withVar(String name, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(var);
    next.put(Objects.requireNonNull(name, "name"), value);
    return toBuilder().var(next).build();
  }

  /** {@code inputs}: an integration template's arguments. */
  public Map<String, Object> inputs() {
    return inputs;
  }

  /** {@code steps}: an integration template's earlier steps, ref → {@code {result: …}}. */
  public Map<String, Object> steps() {
    return steps;
  }

  /** {@code ACTIONS}: action ref → its record ({@code result}, {@code error}...). */
  public Map<String, Object> actions() {
    return actions;
  }

  /** {@code TRIGGER}: the payload that started the run, any JSON-like value. */
  public Object trigger() {
    return trigger;
  }

  /** {@code var}: loop variables bound by {@code for_each}. */
  public Map<String, Object> var() {
    return var;
  }

  /** {@code ENV}: run facts such as {@code environment} and {@code workflow.execution_id}. */
  public Map<String, Object> env() {
    return env;
  }

  /** {@code VARS}: workspace variables name → key → value, or null when none were provided. */
  public Map<String, Object> vars() {
    return vars;
  }

  /** {@code SECRETS}: the lookup that resolves {@code name.key} pairs. */
  public SecretsLookup secrets() {
    return secrets;
  }

  /** The clock behind {@code FN.now}, {@code FN.utcnow} and {@code FN.today}. */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "EvalContext[actions=" + actions.keySet() + ", var=" + var.keySet() + "]";
  }

  /** Builds an {@link EvalContext}; every part is optional. */
  public static final class Builder {
    private Map<String, Object> actions = Map.of();
    private Object trigger;
    private Map<String, Object> var = Map.of();
    private Map<String, Object> env = Map.of();
    private Map<String, Object> vars;
    private SecretsLookup secrets = SecretsLookup.none();
    private Clock clock = Clock.systemUTC();
    private Map<String, Object> inputs = Map.of();
    private Map<String, Object> steps = Map.of();

    private Builder() {}

    public Builder inputs(Map<String, Object> inputs) {
      this.inputs = inputs == null ? Map.of() : inputs;
      return this;
    }

    public Builder steps(Map<String, Object> steps) {
      this.steps = steps == null ? Map.of() : steps;
      return this;
    }

    public Builder actions(Map<String, Object> actions) {
      this.actions = actions == null ? Map.of() : actions;
      return this;
    }

    public Builder trigger(Object trigger) {
      this.trigger = trigger;
      return this;
    }

    public Builder var(Map<String, Object> var) {
      this.var = var == null ? Map.of() : var;
      return this;
    }

    public Builder env(Map<String, Object> env) {
      this.env = env == null ? Map.of() : env;
      return this;
    }

    /** Workspace variables; null means "none provided" and makes every {@code VARS} reference an error. */
    public Builder vars(Map<String, Object> vars) {
      this.vars = vars;
      return this;
    }

    public Builder secrets(SecretsLookup secrets) {
      this.secrets = Objects.requireNonNull(secrets, "secrets");
      return this;
    }

    /** Fixes {@code FN.now} for a run, e.g. {@code Clock.fixed(...)} for determinism. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public EvalContext build() {
      return new EvalContext(this);
    }
  }
}
