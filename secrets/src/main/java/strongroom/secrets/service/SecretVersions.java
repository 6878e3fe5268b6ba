package strongroom.secrets.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import strongroom.secrets.Actor;
import strongroom.secrets.ConflictException;
import strongroom.secrets.ErrorCode;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretValue;
import strongroom.secrets.SecretVersion;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Workspace;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent.Outcome;
import strongroom.secrets.storage.SecretRow;
import strongroom.secrets.storage.VersionRow;

/** A secret's version history and rollback (which writes the old content as a new version). */
public final class SecretVersions {
  private final StoreContext store;
  private final SecretService secrets;

  SecretVersions(StoreContext store, SecretService secrets) {
    this.store = store;
    this.secrets = secrets;
  }

  public List<SecretVersion> list(String workspace, String name, String environment) {
    return store.database().withHandle(handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      SecretRow row = store.secrets().findLive(handle, ws.id(), name, environment, false)
          .orElseThrow(() -> SecretNotFoundException.secret(name, environment));
      return store.versions().list(handle, row.id()).stream().map(VersionRow::toVersion).toList();
    });
  }

  /** Writes version N+1 (N the current) with the content of version {@code target}. */
  public Secret rollback(String workspace, String name, String environment, int target, Integer expectedVersion,
      Actor actor) {
    return store.write(name, environment, handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      SecretRow row = store.secrets().findLive(handle, ws.id(), name, environment, true)
          .orElseThrow(() -> SecretNotFoundException.secret(name, environment));
      if (expectedVersion != null && expectedVersion != row.currentVersion()) {
        throw ConflictException.staleVersion(name, environment, expectedVersion, row.currentVersion());
      }
      if (row.type() == SecretType.SSH_KEY) {
        throw new ConflictException(ErrorCode.CONFLICT, "`ssh_key` secrets are write-once; nothing to roll back");
      }
      if (target == row.currentVersion()) {
        throw ValidationException.of("to", "not_current", "version " + target + " is already the current version");
      }
      VersionRow old = store.versions().find(handle, row.id(), target)
          .orElseThrow(() -> new SecretNotFoundException("secret `" + name + "` in `" + environment
              + "` has no version " + target));
      Map<String, SecretValue> keys = store.cipher().open(old, name);
      try {
        Instant now = store.clock().instant();
        int version = row.currentVersion() + 1;
        SecretRow next = SecretService.withVersion(row, row.environment(), version, List.copyOf(keys.keySet()));
        secrets.insertVersion(handle, next, keys, now, actor);
        SecretRow updated = new SecretRow(row.id(), row.workspaceId(), row.name(), row.environment(), row.type(),
            row.description(), row.tags(), version, next.keyNames(), row.createdAt(), row.createdBy(), now,
            actor.label(), null);
        if (!store.secrets().update(handle, updated, row.currentVersion())) {
          throw ConflictException.staleVersion(name, environment, row.currentVersion(), row.currentVersion() + 1);
        }
        store.audit().write(handle, List.of(store.audit().event(actor, AuditAction.ROLLBACK, Outcome.SUCCESS,
            ws.id(), row.id(), name, environment, version, "from_version=" + target)));
        return updated.toSecret(false);
      } finally {
        KeySet.destroy(keys);
      }
    });
  }
}
