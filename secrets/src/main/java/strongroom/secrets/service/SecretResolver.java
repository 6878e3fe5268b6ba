package strongroom.secrets.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.secrets.Actor;
import strongroom.secrets.CorruptedSecretException;
import strongroom.secrets.MissingSecretsException;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.SecretValue;
import strongroom.secrets.Violation;
import strongroom.secrets.Workspace;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditEvent.Outcome;
import strongroom.secrets.storage.VersionRow;
import strongroom.secrets.validation.SecretRules;

/**
 * Hands plaintext to the actions that need it: exactly the named secrets of exactly one
 * environment (no fallback), fetched in one query, every read audited in the same transaction.
 */
public final class SecretResolver {
  private final StoreContext store;

  SecretResolver(StoreContext store) {
    this.store = store;
  }

  /**
   * Resolves {@code names} in {@code environment}. Any missing name fails the whole call with one
   * {@link MissingSecretsException} listing them all; a version that does not verify fails with a
   * {@link CorruptedSecretException}. Failures are audited too.
   */
  public ResolvedSecrets resolve(String workspace, String environment, Set<String> names, Actor actor) {
    Set<String> wanted = new LinkedHashSet<>(names);
    List<Violation> violations = new ArrayList<>();
    int index = 0;
    for (String name : wanted) {
      SecretRules.checkName("names[" + index++ + "]", name, violations);
    }
    SecretRules.throwIfAny(violations);
    if (wanted.isEmpty()) {
      store.workspaces().require(workspace);
      return new ResolvedSecrets(environment, Map.of());
    }
    Map<String, Map<String, SecretValue>> values = new LinkedHashMap<>();
    Workspace[] ws = new Workspace[1];
    try {
      return store.database().inTransaction(handle -> {
        ws[0] = store.workspaces().require(handle, workspace);
        Map<String, VersionRow> rows = store.versions().currentByName(handle, ws[0].id(), environment, wanted);
        List<String> missing = wanted.stream().filter(n -> !rows.containsKey(n)).sorted().toList();
        if (!missing.isEmpty()) {
          throw new MissingSecretsException(environment, missing);
        }
        List<AuditEvent> events = new ArrayList<>(rows.size());
        for (String name : wanted) {
          VersionRow row = rows.get(name);
          values.put(name, store.cipher().open(row, name));
          events.add(store.audit().event(actor, AuditAction.RESOLVE, Outcome.SUCCESS, ws[0].id(), row.secretId(),
              name, environment, row.version(), null));
        }
        store.audit().write(handle, events);
        return new ResolvedSecrets(environment, values);
      });
    } catch (MissingSecretsException | CorruptedSecretException e) {
      values.values().forEach(keys -> keys.values().forEach(SecretValue::destroy));
      auditFailure(ws[0], environment, wanted, actor, e);
      throw e;
    } catch (RuntimeException e) {
      values.values().forEach(keys -> keys.values().forEach(SecretValue::destroy));
      throw e;
    }
  }

  private void auditFailure(Workspace ws, String environment, Set<String> names, Actor actor,
      RuntimeException cause) {
    List<AuditEvent> events = new ArrayList<>();
    for (String name : names) {
      events.add(store.audit().event(actor, AuditAction.RESOLVE, Outcome.FAILURE, ws.id(), null, name,
          environment, null, cause instanceof MissingSecretsException m && m.missing().contains(name)
              ? "missing" : cause instanceof CorruptedSecretException c && c.name().equals(name)
              ? "corrupted" : "not_resolved"));
    }
    store.audit().writeAlone(events);
  }
}
