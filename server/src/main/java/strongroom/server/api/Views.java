package strongroom.server.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretVersion;
import strongroom.secrets.audit.AuditEvent;

/** JSON shapes of responses. Built from metadata records, which by construction hold no values. */
final class Views {
  private Views() {}

  static Map<String, Object> secret(Secret s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("workspace_id", s.workspaceId());
    out.put("name", s.name());
    out.put("environment", s.environment());
    out.put("type", s.type().wireName());
    out.put("description", s.description());
    out.put("tags", s.tags());
    out.put("keys", s.keyNames());
    out.put("version", s.currentVersion());
    out.put("created_at", time(s.createdAt()));
    out.put("created_by", s.createdBy());
    out.put("updated_at", time(s.updatedAt()));
    out.put("updated_by", s.updatedBy());
    out.put("deleted_at", time(s.deletedAt()));
    out.put("corrupted", s.corrupted());
    return out;
  }

  static Map<String, Object> version(SecretVersion v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", v.number());
    out.put("environment", v.environment());
    out.put("keys", v.keyNames());
    out.put("created_at", time(v.createdAt()));
    out.put("created_by", v.createdBy());
    out.put("key_term", v.keyTerm());
    return out;
  }

  static Map<String, Object> audit(AuditEvent e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("at", time(e.at()));
    out.put("actor", e.actor());
    out.put("action", e.action().wireName());
    out.put("outcome", e.outcome().name().toLowerCase(java.util.Locale.ROOT));
    out.put("secret_id", e.secretId());
    out.put("secret", e.secretName());
    out.put("environment", e.environment());
    out.put("version", e.version());
    out.put("detail", e.detail());
    return out;
  }

  private static String time(Instant at) {
    return at == null ? null : at.toString();
  }
}
