package strongroom.engine.registry.template;

import java.util.List;
import java.util.Map;
import strongroom.engine.registry.ActionSpec;

/**
 * One step of a template: a core action called with templated {@code args}, run when
 * {@code runIf} (null: always) holds; the values of the {@code mask} expressions, evaluated after
 * the step, are masked like secrets (a token the step fetched, say).
 */
record StepSpec(String ref, ActionSpec action, Map<String, Object> args, String runIf,
    List<String> mask) {
  StepSpec {
    args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
    mask = List.copyOf(mask);
  }
}
