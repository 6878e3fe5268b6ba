package strongroom.server.web.workflows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.definition.ActionReferences;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistrySecret;
import strongroom.expr.References;
import strongroom.secrets.Secret;
import strongroom.secrets.service.SecretStore;

/**
 * For the action panel: each secret an action needs (declared by its integration, referenced in its
 * arguments) and whether the workflow's environment holds it with the keys needed. Metadata only.
 */
final class SecretNeeds {
  private final SecretStore store;
  private final Registry registry;

  SecretNeeds(SecretStore store, Registry registry) {
    this.store = store;
    this.registry = registry;
  }

  List<ActionPanel.SecretNeed> of(String workspaceId, ActionStatement action, ActionReferences references,
      String environment) {
    Map<String, Set<String>> stored = new HashMap<>();
    for (Secret s : store.secrets().list(workspaceId, null, environment, null, false)) {
      stored.put(s.name(), Set.copyOf(s.keyNames()));
    }
    Map<String, ActionPanel.SecretNeed> out = new LinkedHashMap<>();
    for (RegistrySecret declared : registry.find(action.action()).map(s -> s.secrets()).orElse(List.of())) {
      Set<String> keys = stored.get(declared.name());
      List<String> wanted = new ArrayList<>(declared.keys());
      declared.optionalKeys().forEach(k -> wanted.add(k + " (optional)"));
      String status;
      String detail;
      if (keys == null) {
        status = declared.optional() ? "optional" : "missing";
        detail = declared.optional() ? "not stored in `" + environment + "`; the action runs without it"
            : declared.missingProblem(environment);
      } else {
        List<String> problems = declared.problems(environment, keys);
        status = problems.isEmpty() ? "configured" : "incomplete";
        detail = problems.isEmpty() ? "stored in `" + environment + "`" : String.join("; ", problems);
      }
      out.put(declared.name(), new ActionPanel.SecretNeed(declared.name(), wanted, "integration", status, detail));
    }
    if (references != null) {
      for (References.SecretRef ref : references.secrets()) {
        if (out.containsKey(ref.name()) && out.get(ref.name()).keys().contains(ref.key())) {
          continue;
        }
        Set<String> keys = stored.get(ref.name());
        String status = keys == null ? "missing" : keys.contains(ref.key()) ? "configured" : "incomplete";
        String detail = keys == null ? "secret `" + ref.name() + "` is missing in environment `" + environment + "`"
            : keys.contains(ref.key()) ? "stored in `" + environment + "`"
            : "secret `" + ref.name() + "` in `" + environment + "` lacks key `" + ref.key() + "`";
        out.put(ref.name() + "." + ref.key(), new ActionPanel.SecretNeed(ref.name(), List.of(ref.key()),
            "expression", status, detail));
      }
    }
    return List.copyOf(out.values());
  }

  /** Environments where the workspace stores secrets, for the Configuration section's suggestions. */
  List<String> environments(String workspaceId) {
    return store.secrets().environments(workspaceId);
  }
}
