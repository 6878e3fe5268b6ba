package strongroom.engine.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistrySecret;
import strongroom.expr.References;

/**
 * The secrets one action needs, declared by its spec and referenced by its args, and what is
 * wrong with them in an environment. Used before a run (warnings on save, errors under
 * {@code validate --env}) and during one, on what was resolved.
 */
public record SecretRequirements(String ref, List<RegistrySecret> declared, Set<References.SecretRef> referenced) {
  public SecretRequirements {
    declared = List.copyOf(declared);
    referenced = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(referenced));
  }

  public static SecretRequirements of(String ref, ActionSpec spec, ActionReferences references) {
    return new SecretRequirements(ref, spec == null ? List.of() : spec.secrets(),
        references == null ? Set.of() : references.secrets());
  }

  /** Every secret name to resolve: declared (optional ones too) and referenced, first-seen order. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    declared.forEach(s -> names.add(s.name()));
    referenced.forEach(s -> names.add(s.name()));
    return names;
  }

  /** Names whose absence is fine: declared optional and not referenced by the args. */
  public Set<String> optionalNames() {
    Set<String> out = new LinkedHashSet<>();
    for (RegistrySecret s : declared) {
      if (s.optional() && referenced.stream().noneMatch(r -> r.name().equals(s.name()))) {
        out.add(s.name());
      }
    }
    return out;
  }

  /**
   * Problems in {@code environment}, where {@code present} gives the stored keys of a secret, or
   * null when the secret is not stored there. Messages follow {@link RegistrySecret}.
   */
  public List<Problem> problems(String environment, Function<String, Set<String>> present) {
    Map<String, Problem> out = new LinkedHashMap<>();
    Set<String> optional = optionalNames();
    for (RegistrySecret secret : declared) {
      Set<String> keys = present.apply(secret.name());
      if (keys == null) {
        if (!optional.contains(secret.name())) {
          add(out, ProblemCode.MISSING_SECRET, secret.missingProblem(environment));
        }
        continue;
      }
      secret.problems(environment, keys).forEach(p -> add(out, ProblemCode.MISSING_SECRET_KEY, p));
    }
    for (References.SecretRef used : referenced) {
      Set<String> keys = present.apply(used.name());
      if (keys == null) {
        add(out, ProblemCode.MISSING_SECRET, RegistrySecret.of(used.name()).missingProblem(environment));
      } else if (!keys.contains(used.key())) {
        add(out, ProblemCode.MISSING_SECRET_KEY, "secret `" + used.name() + "` in `" + environment
            + "` lacks key `" + used.key() + "`");
      }
    }
    return new ArrayList<>(out.values());
  }

  private void add(Map<String, Problem> out, ProblemCode code, String message) {
    out.putIfAbsent(message, new Problem(Severity.ERROR, code, ref, "secrets", message));
  }
}
