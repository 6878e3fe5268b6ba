package strongroom.engine.registry.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.ArgumentType;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.RegistrySecret;
import strongroom.expr.Expressions;

/**
 * Reads one integration file (format: docs/writing-integrations.md) into its actions. Every
 * problem in the file is reported at once, each naming the file and the field.
 */
public final class IntegrationLoader {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> TOP = Set.of("name", "description", "secrets", "actions");
  private static final Set<String> SECRET = Set.of("name", "keys", "optional_keys", "optional");
  private static final Set<String> ACTION =
      Set.of("action", "description", "arguments", "secrets", "steps", "returns");
  private static final Set<String> ARGUMENT =
      Set.of("type", "required", "default", "description", "config");
  private static final Set<String> STEP = Set.of("ref", "action", "args", "run_if", "mask");

  private final RegistryConfig config;
  private final Expressions expressions;
  private final Map<String, ActionSpec> stepActions;

  /** {@code stepActions}: the actions a step may call (the core actions), by name. */
  public IntegrationLoader(RegistryConfig config, Expressions expressions,
      Map<String, ActionSpec> stepActions) {
    this.config = config;
    this.expressions = expressions;
    this.stepActions = Map.copyOf(stepActions);
  }

  /**
   * The actions of the integration in {@code text}, read from {@code file}.
   *
   * @throws TemplateException listing every problem, each with the file and the field
   */
  public List<ActionSpec> load(String file, String text) {
    Problems problems = new Problems(file);
    Object root = Yaml.parse(text, problems);
    problems.throwIfAny();
    Fields top = new Fields(root, "", problems, TOP);
    String name = top.string("name", true);
    String expected = file.replaceFirst("^.*/", "").replaceFirst("\\.ya?ml$", "");
    if (name != null && !name.equals(expected)) {
      problems.add("name", "must equal the file name `" + expected + "`");
    }
    top.string("description", true);
    List<RegistrySecret> shared = secrets(top, "secrets", problems);
    List<ActionSpec> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<?> actions = top.list("actions", true);
    for (int i = 0; i < actions.size(); i++) {
      ActionSpec spec = action(new Fields(actions.get(i), "actions[" + i + "]", problems, ACTION),
          name, shared, problems);
      if (spec != null && !seen.add(spec.name())) {
        problems.add("actions[" + i + "].action", "`" + spec.name() + "` is declared twice");
      }
      out.add(spec);
    }
    problems.throwIfAny();
    return List.copyOf(out);
  }

  private ActionSpec action(Fields f, String integration, List<RegistrySecret> shared,
      Problems problems) {
    String action = f.string("action", true);
    if (action != null && integration != null && !action.startsWith("tools." + integration + ".")) {
      problems.add(f.path("action"), "must start with `tools." + integration + ".`");
    } else if (action != null && !NAME.matcher(action.substring(action.lastIndexOf('.') + 1))
        .matches()) {
      problems.add(f.path("action"), "the last part must be lower_snake_case");
    }
    String description = f.string("description", true);
    List<ArgumentSpec> arguments = arguments(f, problems);
    List<RegistrySecret> secrets = new ArrayList<>(shared);
    for (RegistrySecret s : secrets(f, "secrets", problems)) {
      if (secrets.stream().anyMatch(x -> x.name().equals(s.name()))) {
        problems.add(f.path("secrets"), "secret `" + s.name() + "` is already declared");
      } else {
        secrets.add(s);
      }
    }
    List<StepSpec> steps = new ArrayList<>();
    List<?> raw = f.list("steps", true);
    for (int i = 0; i < raw.size(); i++) {
      StepSpec step = step(new Fields(raw.get(i), f.path("steps") + "[" + i + "]", problems, STEP),
          steps, problems);
      if (step != null) {
        steps.add(step);
      }
    }
    new TemplateChecks(expressions, problems, f.path(), arguments, secrets)
        .check(raw, f.raw("returns"), f.has("returns"));
    if (action == null || description == null || steps.size() != raw.size()) {
      return null;
    }
    return new ActionSpec(action, description, arguments, secrets,
        new TemplateAction(action, steps, f.raw("returns"), f.has("returns"), expressions,
            secrets));
  }

  private List<ArgumentSpec> arguments(Fields f, Problems problems) {
    List<ArgumentSpec> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : f.map("arguments").entrySet()) {
      Fields a = new Fields(e.getValue(), f.path("arguments." + e.getKey()), problems, ARGUMENT);
      if (!NAME.matcher(e.getKey()).matches()) {
        problems.add(f.path("arguments." + e.getKey()), "argument names are lower_snake_case");
      }
      String typeName = a.string("type", true);
      ArgumentType type = null;
      try {
        type = typeName == null ? null : ArgumentType.valueOf(typeName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        problems.add(a.path("type"), "unknown type `" + typeName + "` (string, integer, number, "
            + "boolean, object, array, any)");
      }
      boolean required = a.bool("required", false);
      Object fallback = a.raw("default");
      String configKey = a.string("config", false);
      if (configKey != null) {
        // A deployment's RegistryConfig base URL for this key replaces the shipped default.
        fallback = config.baseUrl(configKey, fallback instanceof String s ? s : null);
      }
      if (required && fallback != null) {
        problems.add(a.path("default"), "a required argument takes no default");
      }
      if (type != null && fallback != null && !type.accepts(fallback)) {
        problems.add(a.path("default"), "must be of type " + type.wireName());
      }
      String description = a.string("description", true);
      // A bad type is already reported; ANY keeps the name known to the reference checks.
      out.add(new ArgumentSpec(e.getKey(), type == null ? ArgumentType.ANY : type, required,
          fallback, description));
    }
    return out;
  }

  private List<RegistrySecret> secrets(Fields f, String key, Problems problems) {
    List<RegistrySecret> out = new ArrayList<>();
    List<?> raw = f.list(key, false);
    for (int i = 0; i < raw.size(); i++) {
      Fields s = new Fields(raw.get(i), f.path(key) + "[" + i + "]", problems, SECRET);
      String name = s.string("name", true);
      List<String> keys = s.strings("keys");
      List<String> optionalKeys = s.strings("optional_keys");
      if (keys.isEmpty() && optionalKeys.isEmpty()) {
        problems.add(s.path("keys"), "a secret declares at least one key or optional key");
      }
      if (name != null) {
        out.add(new RegistrySecret(name, keys, optionalKeys, s.bool("optional", false)));
      }
    }
    return out;
  }

  private StepSpec step(Fields s, List<StepSpec> earlier, Problems problems) {
    String ref = s.string("ref", true);
    if (ref != null && !NAME.matcher(ref).matches()) {
      problems.add(s.path("ref"), "must be lower_snake_case");
    }
    if (ref != null && earlier.stream().anyMatch(x -> x.ref().equals(ref))) {
      problems.add(s.path("ref"), "`" + ref + "` is used by an earlier step");
    }
    String actionName = s.string("action", true);
    ActionSpec action = actionName == null ? null : stepActions.get(actionName);
    if (actionName != null && action == null) {
      problems.add(s.path("action"), "unknown action `" + actionName + "` (a step calls one of "
          + String.join(", ", new java.util.TreeSet<>(stepActions.keySet())) + ")");
    }
    Map<String, Object> args = new LinkedHashMap<>(s.map("args"));
    if (action != null) {
      TemplateChecks.checkArgumentNames(action, args, s.path("args"), problems);
    }
    String runIf = s.string("run_if", false);
    List<String> mask = s.strings("mask");
    return ref == null || action == null ? null : new StepSpec(ref, action, args, runIf, mask);
  }
}
