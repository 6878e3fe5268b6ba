package strongroom.secrets.audit;

import java.util.Locale;

/** What an audited operation did. Stored by {@link #wireName()}, which never changes. */
public enum AuditAction {
  CREATE, UPDATE, DELETE, RESTORE, PURGE, ROLLBACK, RESOLVE, VERIFY,
  KEY_ROTATE, KEY_DISABLE, KEY_ENABLE, KEY_DESTROY, KEY_REKEY,
  WORKSPACE_CREATE, MEMBER_SET, MEMBER_REMOVE, TOKEN_CREATE, TOKEN_REVOKE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AuditAction fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
