package strongroom.secrets.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import strongroom.secrets.Actor;
import strongroom.secrets.ConflictException;
import strongroom.secrets.ErrorCode;
import strongroom.secrets.NewSecret;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.SecretValue;
import strongroom.secrets.Violation;
import strongroom.secrets.Workspace;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent.Outcome;
import strongroom.secrets.crypto.AssociatedData;
import strongroom.secrets.crypto.SealedVersion;
import strongroom.secrets.storage.ListedSecret;
import strongroom.secrets.storage.SecretRow;
import strongroom.secrets.storage.VersionRow;
import strongroom.secrets.validation.SecretRules;

/**
 * Creates, changes, lists and removes secrets. Each change is one transaction holding the row
 * change, any new version and its audit event; values never leave this class.
 */
public final class SecretService {
  private final StoreContext store;

  SecretService(StoreContext store) {
    this.store = store;
  }

  public Secret create(String workspace, NewSecret input, Actor actor) {
    List<Violation> violations = new ArrayList<>();
    SecretRules.checkName("name", input.name(), violations);
    SecretRules.checkEnvironment("environment", input.environment(), violations);
    SecretRules.checkDescription(input.description(), violations);
    SecretRules.checkTags(input.tags(), violations);
    Map<String, SecretValue> keys = KeySet.forCreate(input.type(), input.keys(), violations);
    SecretRules.throwIfAny(violations);
    try {
      return store.write(input.name(), input.environment(), handle -> {
        Workspace ws = store.workspaces().require(handle, workspace);
        if (store.secrets().findLive(handle, ws.id(), input.name(), input.environment(), false).isPresent()) {
          throw ConflictException.duplicate(input.name(), input.environment());
        }
        Instant now = store.clock().instant();
        String id = UUID.randomUUID().toString();
        SecretRow row = new SecretRow(id, ws.id(), input.name(), input.environment(), input.type(),
            input.description(), input.tags(), 1, List.copyOf(keys.keySet()), now, actor.label(), now,
            actor.label(), null);
        store.secrets().insert(handle, row);
        insertVersion(handle, row, keys, now, actor);
        store.audit().write(handle, List.of(store.audit().event(actor, AuditAction.CREATE, Outcome.SUCCESS,
            ws.id(), id, row.name(), row.environment(), 1, "keys=" + row.keyNames())));
        return row.toSecret(false);
      });
    } finally {
      KeySet.destroy(keys);
    }
  }

  public Secret update(String workspace, String name, String environment, SecretUpdate change, Actor actor) {
    List<Violation> violations = new ArrayList<>();
    if (change.name() != null) {
      SecretRules.checkName("name", change.name(), violations);
    }
    if (change.environment() != null) {
      SecretRules.checkEnvironment("environment", change.environment(), violations);
    }
    SecretRules.checkDescription(change.description(), violations);
    SecretRules.checkTags(change.tags(), violations);
    if (change.keys() != null) {
      SecretRules.checkKeys(change.keys(), true, violations);
    }
    SecretRules.throwIfAny(violations);
    return store.write(name, environment, handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      SecretRow row = store.secrets().findLive(handle, ws.id(), name, environment, true)
          .orElseThrow(() -> SecretNotFoundException.secret(name, environment));
      if (change.expectedVersion() != null && change.expectedVersion() != row.currentVersion()) {
        throw ConflictException.staleVersion(name, environment, change.expectedVersion(), row.currentVersion());
      }
      String newName = change.name() != null ? change.name() : row.name();
      String newEnvironment = change.environment() != null ? change.environment() : row.environment();
      boolean moved = !newName.equals(row.name()) || !newEnvironment.equals(row.environment());
      boolean environmentChanged = !newEnvironment.equals(row.environment());
      if (row.type() == SecretType.SSH_KEY && (change.keys() != null || environmentChanged)) {
        throw new ConflictException(ErrorCode.CONFLICT, "`ssh_key` secrets are write-once: delete `" + name
            + "` and create it again to rotate the key");
      }
      if (moved && store.secrets().findLive(handle, ws.id(), newName, newEnvironment, false).isPresent()) {
        throw ConflictException.duplicate(newName, newEnvironment);
      }
      Instant now = store.clock().instant();
      int version = row.currentVersion();
      List<String> keyNames = row.keyNames();
      List<String> changed = new ArrayList<>();
      if (change.keys() != null || environmentChanged) {
        VersionRow current = store.versions().find(handle, row.id(), row.currentVersion()).orElseThrow();
        Map<String, SecretValue> stored = store.cipher().open(current, row.name());
        Map<String, SecretValue> next = stored;
        try {
          if (change.keys() != null) {
            List<Violation> keyViolations = new ArrayList<>();
            next = KeySet.forUpdate(row.type(), change.keys(), stored, keyViolations);
            SecretRules.throwIfAny(keyViolations);
          }
          boolean contentChanged = !KeySet.sameContent(stored, next);
          if (environmentChanged || contentChanged) {
            version = row.currentVersion() + 1;
            keyNames = List.copyOf(next.keySet());
            insertVersion(handle, withVersion(row, newEnvironment, version, keyNames), next, now, actor);
          }
          if (contentChanged) {
            changed.add("keys");
          }
        } finally {
          KeySet.destroy(stored);
          if (next != stored) {
            KeySet.destroy(next);
          }
        }
      }
      addIfChanged(changed, "name", row.name(), newName);
      addIfChanged(changed, "environment", row.environment(), newEnvironment);
      addIfChanged(changed, "description", row.description(), change.description());
      addIfChanged(changed, "tags", row.tags(), change.tags());
      if (changed.isEmpty()) {
        return row.toSecret(false);
      }
      SecretRow updated = new SecretRow(row.id(), row.workspaceId(), newName, newEnvironment, row.type(),
          change.description() != null ? change.description() : row.description(),
          change.tags() != null ? change.tags() : row.tags(),
          version, keyNames, row.createdAt(), row.createdBy(), now, actor.label(), null);
      if (!store.secrets().update(handle, updated, row.currentVersion())) {
        throw ConflictException.staleVersion(name, environment, row.currentVersion(), row.currentVersion() + 1);
      }
      store.audit().write(handle, List.of(store.audit().event(actor, AuditAction.UPDATE, Outcome.SUCCESS,
          ws.id(), row.id(), newName, newEnvironment, version, "changed=" + changed)));
      return updated.toSecret(false);
    });
  }

  /** Soft delete: hidden from use and lists until restored. */
  public void delete(String workspace, String name, String environment, Actor actor) {
    store.write(name, environment, handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      SecretRow row = store.secrets().findLive(handle, ws.id(), name, environment, true)
          .orElseThrow(() -> SecretNotFoundException.secret(name, environment));
      Instant now = store.clock().instant();
      store.secrets().setDeleted(handle, row.id(), now, now, actor.label());
      store.audit().write(handle, List.of(store.audit().event(actor, AuditAction.DELETE, Outcome.SUCCESS,
          ws.id(), row.id(), name, environment, row.currentVersion(), null)));
      return null;
    });
  }

  /** Brings back the most recently deleted secret of that name and environment. */
  public Secret restore(String workspace, String name, String environment, Actor actor) {
    return store.write(name, environment, handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      SecretRow row = store.secrets().findDeleted(handle, ws.id(), name, environment, true)
          .orElseThrow(() -> new SecretNotFoundException(
              "no deleted secret `" + name + "` in environment `" + environment + "`"));
      if (store.secrets().findLive(handle, ws.id(), name, environment, false).isPresent()) {
        throw ConflictException.duplicate(name, environment);
      }
      Instant now = store.clock().instant();
      store.secrets().setDeleted(handle, row.id(), null, now, actor.label());
      store.audit().write(handle, List.of(store.audit().event(actor, AuditAction.RESTORE, Outcome.SUCCESS,
          ws.id(), row.id(), name, environment, row.currentVersion(), null)));
      return store.secrets().findById(handle, row.id()).orElseThrow().toSecret(false);
    });
  }

  /** Destroys a deleted secret: every version's ciphertext and wrapped data key are removed. */
  public void purge(String workspace, String name, String environment, Actor actor) {
    store.write(name, environment, handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      Optional<SecretRow> deleted = store.secrets().findDeleted(handle, ws.id(), name, environment, true);
      if (deleted.isEmpty()) {
        if (store.secrets().findLive(handle, ws.id(), name, environment, false).isPresent()) {
          throw new ConflictException(ErrorCode.CONFLICT, "secret `" + name + "` in `" + environment
              + "` is not deleted; delete it first, then purge");
        }
        throw new SecretNotFoundException("no deleted secret `" + name + "` in environment `" + environment + "`");
      }
      SecretRow row = deleted.get();
      store.versions().deleteAll(handle, row.id());
      store.secrets().delete(handle, row.id());
      store.audit().write(handle, List.of(store.audit().event(actor, AuditAction.PURGE, Outcome.SUCCESS,
          ws.id(), row.id(), name, environment, row.currentVersion(), null)));
      return null;
    });
  }

  /** One live secret's metadata, flagged when its current version does not verify. */
  public Secret get(String workspace, String name, String environment) {
    return store.database().withHandle(handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      SecretRow row = store.secrets().findLive(handle, ws.id(), name, environment, false)
          .orElseThrow(() -> SecretNotFoundException.secret(name, environment));
      return withCorruption(handle, row);
    });
  }

  /** A secret of the workspace by id, live or deleted (see {@link Secret#deleted()}), flagged when corrupted. */
  public Secret getById(String workspace, String id) {
    return store.database().withHandle(handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      SecretRow row = store.secrets().findById(handle, id)
          .filter(r -> r.workspaceId().equals(ws.id()))
          .orElseThrow(() -> new SecretNotFoundException("no secret with id `" + id + "` in this workspace"));
      return withCorruption(handle, row);
    });
  }

  /** Live (or, with {@code deleted}, deleted) secrets matching the filters; null filters match all. */
  public List<Secret> list(String workspace, String name, String environment, SecretType type, boolean deleted) {
    return store.database().withHandle(handle -> {
      Workspace ws = store.workspaces().require(handle, workspace);
      List<Secret> out = new ArrayList<>();
      for (ListedSecret listed : store.secrets().list(handle, ws.id(), name, environment, type, deleted)) {
        out.add(listed.secret().toSecret(!store.cipher().verifies(listed.current(), listed.secret().name())));
      }
      return out;
    });
  }

  /** Environments in which the workspace holds at least one live secret. */
  public List<String> environments(String workspace) {
    return store.database().withHandle(handle ->
        store.secrets().environments(handle, store.workspaces().require(handle, workspace).id()));
  }

  private Secret withCorruption(Handle handle, SecretRow row) {
    boolean ok = store.versions().find(handle, row.id(), row.currentVersion())
        .map(version -> store.cipher().verifies(version, row.name()))
        .orElse(false);
    return row.toSecret(!ok);
  }

  void insertVersion(Handle handle, SecretRow row, Map<String, SecretValue> keys, Instant now, Actor actor) {
    AssociatedData place = new AssociatedData(row.workspaceId(), row.id(), row.environment(), row.currentVersion());
    SealedVersion sealed = store.cipher().seal(keys, place);
    store.versions().insert(handle, new VersionRow(row.workspaceId(), row.id(), row.currentVersion(),
        row.environment(), List.copyOf(keys.keySet()), sealed, now, actor.label()));
  }

  static SecretRow withVersion(SecretRow row, String environment, int version, List<String> keyNames) {
    return new SecretRow(row.id(), row.workspaceId(), row.name(), environment, row.type(), row.description(),
        row.tags(), version, keyNames, row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy(),
        row.deletedAt());
  }

  private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
    if (after != null && !after.equals(before) && !changed.contains(field)) {
      changed.add(field);
    }
  }
}
