package strongroom.secrets.service;

import java.util.ArrayList;
import java.util.List;
import strongroom.secrets.Actor;
import strongroom.secrets.CorruptedSecretException;
import strongroom.secrets.SecretValue;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent.Outcome;
import strongroom.secrets.storage.SecretRow;
import strongroom.secrets.storage.VersionRow;

/** Checks that every version of every secret (deleted ones too) decrypts and matches its stored key names. */
public final class SecretVerifier {
  private final StoreContext store;

  SecretVerifier(StoreContext store) {
    this.store = store;
  }

  /** Every corrupted version; empty when all verify. The run itself is audited. */
  public List<Corruption> verifyAll(Actor actor) {
    List<Corruption> corrupted = new ArrayList<>();
    int[] checked = {0};
    store.database().withHandle(handle -> {
      for (SecretRow secret : store.secrets().listAll(handle)) {
        for (VersionRow version : store.versions().list(handle, secret.id())) {
          checked[0]++;
          try {
            store.cipher().open(version, secret.name()).values().forEach(SecretValue::destroy);
          } catch (CorruptedSecretException e) {
            corrupted.add(new Corruption(secret.workspaceId(), secret.name(), version.environment(),
                version.version(), secret.deletedAt() != null, e.reason()));
          }
        }
      }
      return null;
    });
    store.audit().writeAlone(List.of(store.audit().event(actor, AuditAction.VERIFY,
        corrupted.isEmpty() ? Outcome.SUCCESS : Outcome.FAILURE, null, null, null, null, null,
        "versions=" + checked[0] + " corrupted=" + corrupted.size())));
    return corrupted;
  }
}
