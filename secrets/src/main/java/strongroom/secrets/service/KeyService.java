package strongroom.secrets.service;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyringException;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent.Outcome;
import strongroom.secrets.crypto.Envelope;
import strongroom.secrets.crypto.KeyTermState;
import strongroom.secrets.crypto.Keyring;
import strongroom.secrets.crypto.RootKey;
import strongroom.secrets.crypto.SealedVersion;
import strongroom.secrets.storage.KeyTermRow;
import strongroom.secrets.storage.VersionRow;

/**
 * Keyring operations: status, rotation (a new primary term, then every data key rewrapped under it
 * in small transactions, resumable), disabling, enabling and destroying old terms, and rekeying the
 * keyring under a new root key. Changes to the keyring lock its state row, so one node at a time.
 */
public final class KeyService {
  private static final int BATCH = 200;

  /** Receives rotation progress: data keys done so far, and the total to do. */
  public interface Progress {
    void update(long done, long total);

    Progress NONE = (done, total) -> {};
  }

  private final StoreContext store;

  KeyService(StoreContext store) {
    this.store = store;
  }

  public KeyringStatus status() {
    return store.database().withHandle(handle -> {
      Map<Integer, Long> counts = store.versions().countByTerm(handle);
      List<KeyTermStatus> terms = new ArrayList<>();
      int primary = 0;
      for (KeyTermRow row : store.terms().list(handle)) {
        terms.add(new KeyTermStatus(row.term(), row.state(), row.createdAt(), counts.getOrDefault(row.term(), 0L)));
        if (row.state() == KeyTermState.PRIMARY) {
          primary = row.term();
        }
      }
      Integer target = handle.createQuery("SELECT rotation_target FROM keyring_state WHERE id = 1")
          .mapTo(Integer.class).findOne().orElse(null);
      return new KeyringStatus(terms, primary, target, store.keyring().provider().describe());
    });
  }

  /**
   * Adds a new primary term and rewraps every data key under it; values are not re-encrypted. If an
   * earlier rotation was interrupted, this resumes it instead of adding another term.
   */
  public RotationResult rotate(Actor actor, Progress progress) {
    boolean[] resumed = {false};
    int target = store.database().inTransaction(handle -> {
      Optional<Integer> pending = store.terms().lockAndReadRotation(handle);
      if (pending.isPresent()) {
        resumed[0] = true;
        return pending.get();
      }
      Instant now = store.clock().instant();
      List<KeyTermRow> rows = store.terms().list(handle);
      int next = rows.stream().mapToInt(KeyTermRow::term).max().orElse(0) + 1;
      for (KeyTermRow row : rows) {
        if (row.state() == KeyTermState.PRIMARY) {
          store.terms().setState(handle, row.term(), KeyTermState.ACTIVE, now);
        }
      }
      store.terms().insert(handle, next, KeyTermState.PRIMARY, store.keyring().sealer().newSealedKey(next), now);
      store.terms().setRotationTarget(handle, next, now);
      store.audit().write(handle, List.of(keyEvent(actor, AuditAction.KEY_ROTATE, "started term=" + next)));
      return next;
    });
    store.keyring().reload();
    long[] counts = rewrapAll(target, progress);
    store.database().inTransaction(handle -> {
      store.terms().lockAndReadRotation(handle);
      store.terms().setRotationTarget(handle, null, store.clock().instant());
      store.audit().write(handle, List.of(keyEvent(actor, AuditAction.KEY_ROTATE,
          "finished term=" + target + " rewrapped=" + counts[0] + " corrupted=" + counts[1])));
      return null;
    });
    return new RotationResult(target, counts[0], counts[1], resumed[0]);
  }

  /** Rewraps, batch by batch, every data key that an unwrapping term other than {@code target} wraps. */
  private long[] rewrapAll(int target, Progress progress) {
    Set<String> skipped = new HashSet<>();
    long done = 0;
    while (true) {
      long total = done + store.database().withHandle(h -> store.versions().countNotWrappedBy(h, target)) - skipped.size();
      progress.update(done, total);
      long before = done;
      Keyring keyring = store.keyring().keyringFor(target);
      if (keyring.primary().term() != target) {
        throw new KeyringException("key term " + target + " is no longer the primary; run `keys rotate` again");
      }
      List<VersionRow> batch;
      do {
        batch = store.database().withHandle(h -> store.versions().notWrappedBy(h, target, BATCH + skipped.size()));
        List<VersionRow> todo = batch.stream().filter(r -> !skipped.contains(key(r))).limit(BATCH).toList();
        if (todo.isEmpty()) {
          break;
        }
        done += store.database().inTransaction(handle -> {
          long n = 0;
          for (VersionRow row : todo) {
            try {
              SealedVersion rewrapped = Envelope.rewrap(row.sealed(), SecretCipher.placeOf(row), keyring);
              if (store.versions().rewrap(handle, row, rewrapped)) {
                n++;
              }
            } catch (GeneralSecurityException e) {
              skipped.add(key(row));
            }
          }
          return n;
        });
        progress.update(done, total);
      } while (true);
      if (done == before) {
        return new long[] {done, skipped.size()};
      }
    }
  }

  private static String key(VersionRow row) {
    return row.secretId() + "/" + row.version();
  }

  /** Stops a term from unwrapping. Refused for the primary and for a term that still wraps data keys. */
  public void disable(int term, Actor actor) {
    changeTerm(term, actor, AuditAction.KEY_DISABLE, (row, wrapped) -> {
      if (row.state() == KeyTermState.PRIMARY) {
        throw new KeyringException("key term " + term + " is the primary; rotate first");
      }
      if (row.state() != KeyTermState.ACTIVE) {
        throw new KeyringException("key term " + term + " is " + row.state().wireName() + ", not active");
      }
      if (wrapped > 0) {
        throw new KeyringException("key term " + term + " still wraps " + wrapped
            + " data keys; run `strongroom keys rotate` first");
      }
      return KeyTermState.DISABLED;
    });
  }

  /** Lets a disabled term unwrap again. */
  public void enable(int term, Actor actor) {
    changeTerm(term, actor, AuditAction.KEY_ENABLE, (row, wrapped) -> {
      if (row.state() != KeyTermState.DISABLED) {
        throw new KeyringException("key term " + term + " is " + row.state().wireName() + ", not disabled");
      }
      return KeyTermState.ACTIVE;
    });
  }

  /** Destroys a disabled term's key for good; refused while it wraps any data key. */
  public void destroy(int term, Actor actor) {
    changeTerm(term, actor, AuditAction.KEY_DESTROY, (row, wrapped) -> {
      if (row.state() != KeyTermState.DISABLED) {
        throw new KeyringException("key term " + term + " is " + row.state().wireName()
            + "; only a disabled term can be destroyed");
      }
      if (wrapped > 0) {
        throw new KeyringException("key term " + term + " still wraps " + wrapped + " data keys");
      }
      return KeyTermState.DESTROYED;
    });
  }

  private interface Transition {
    KeyTermState next(KeyTermRow row, long wrapped);
  }

  private void changeTerm(int term, Actor actor, AuditAction action, Transition transition) {
    store.database().inTransaction(handle -> {
      store.terms().lockAndReadRotation(handle);
      KeyTermRow row = store.terms().list(handle).stream().filter(r -> r.term() == term).findFirst()
          .orElseThrow(() -> new SecretNotFoundException("key term " + term + " does not exist"));
      long wrapped = store.versions().countByTerm(handle).getOrDefault(term, 0L);
      KeyTermState next = transition.next(row, wrapped);
      Instant now = store.clock().instant();
      if (next == KeyTermState.DESTROYED) {
        store.terms().destroy(handle, term, now);
      } else {
        store.terms().setState(handle, term, next, now);
      }
      store.audit().write(handle, List.of(keyEvent(actor, action, "term=" + term)));
      return null;
    });
    store.keyring().reload();
  }

  /**
   * Re-seals every key term under a new root key; afterwards the old root key opens nothing. The new
   * key is staged first and promoted only after the database commits, so an interruption at any
   * point leaves a keyring that one of the two keys opens (start-up finishes the promotion).
   */
  public void rekey(Actor actor) {
    RootKey next = RootKey.generate();
    store.keyring().provider().stage(next);
    try {
      store.database().inTransaction(handle -> {
        store.terms().lockAndReadRotation(handle);
        Instant now = store.clock().instant();
        for (KeyTermRow row : store.terms().list(handle)) {
          if (row.sealedKey() != null) {
            store.terms().setSealedKey(handle, row.term(),
                store.keyring().sealer().reseal(row.term(), row.sealedKey(), next), now);
          }
        }
        store.audit().write(handle, List.of(keyEvent(actor, AuditAction.KEY_REKEY, null)));
        return null;
      });
    } catch (RuntimeException e) {
      store.keyring().provider().discardStaged();
      throw e;
    }
    store.keyring().provider().promoteStaged();
    store.keyring().useRootKey(next);
  }

  private strongroom.secrets.audit.AuditEvent keyEvent(Actor actor, AuditAction action, String detail) {
    return store.audit().event(actor, action, Outcome.SUCCESS, null, null, null, null, null, detail);
  }
}
