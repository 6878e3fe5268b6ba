package strongroom.engine.definition;

import java.util.Map;
import java.util.Set;

/** Which secrets (name → stored key names) an environment holds: metadata only, never values. */
@FunctionalInterface
public interface SecretInventory {
  Map<String, Set<String>> keysIn(String environment);
}
