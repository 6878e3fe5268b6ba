package strongroom.cli.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.RegistrySecret;

/** JSON shapes of registry entries for {@code --json}: plain maps, snake_case names. */
final class ActionViews {
  private ActionViews() {}

  static Map<String, Object> action(ActionSpec spec) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", spec.name());
    out.put("description", spec.description());
    out.put("arguments", spec.arguments().stream().map(ActionViews::argument).toList());
    out.put("secrets", spec.secrets().stream().map(ActionViews::secret).toList());
    return out;
  }

  static Map<String, Object> argument(ArgumentSpec a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", a.name());
    out.put("type", a.type().wireName());
    out.put("required", a.required());
    out.put("default", a.defaultValue());
    out.put("description", a.description());
    return out;
  }

  static Map<String, Object> secret(RegistrySecret s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", s.name());
    out.put("keys", s.keys());
    out.put("optional_keys", s.optionalKeys());
    out.put("optional", s.optional());
    return out;
  }

  /** {@code jira(JIRA_USEREMAIL,JIRA_API_TOKEN)}, {@code crowdstrike(…;optional:BASE_URL)}, {@code mtls?(…)}. */
  static String brief(RegistrySecret s) {
    String keys = String.join(",", s.keys());
    if (!s.optionalKeys().isEmpty()) {
      keys += (keys.isEmpty() ? "" : ";") + "optional:" + String.join(",", s.optionalKeys());
    }
    return s.name() + (s.optional() ? "?" : "") + "(" + keys + ")";
  }
}
