package strongroom.secrets.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import strongroom.secrets.RootKeyException;
import strongroom.secrets.crypto.KeyTerm;
import strongroom.secrets.crypto.KeyTermSealer;
import strongroom.secrets.crypto.KeyTermState;
import strongroom.secrets.crypto.Keyring;
import strongroom.secrets.crypto.RootKey;
import strongroom.secrets.crypto.RootKeyProvider;
import strongroom.secrets.storage.Database;
import strongroom.secrets.storage.KeyTermRepository;
import strongroom.secrets.storage.KeyTermRow;

/**
 * The node's copy of the keyring, loaded from the database and opened with the root key. It is
 * reloaded when a term it does not know is asked for, and at least every refresh period, so terms
 * added on another node are picked up.
 */
final class KeyringHolder {
  private final Database database;
  private final KeyTermRepository terms;
  private final RootKeyProvider provider;
  private final Clock clock;
  private final Duration refresh;
  private volatile KeyTermSealer sealer;
  private volatile Keyring keyring;
  private volatile Instant loadedAt;
  private final boolean createdRootKey;

  private KeyringHolder(Database database, KeyTermRepository terms, RootKeyProvider provider, Clock clock,
      Duration refresh, KeyTermSealer sealer, boolean createdRootKey) {
    this.database = database;
    this.terms = terms;
    this.provider = provider;
    this.clock = clock;
    this.refresh = refresh;
    this.sealer = sealer;
    this.createdRootKey = createdRootKey;
  }

  /**
   * Opens the keyring, creating the root key and the first term on a new database. A missing or
   * wrong root key for an existing keyring fails with a {@link RootKeyException} and writes nothing.
   */
  static KeyringHolder open(Database database, KeyTermRepository terms, RootKeyProvider provider, Clock clock,
      Duration refresh) {
    List<KeyTermRow> rows = database.withHandle(terms::list);
    boolean created = false;
    KeyTermSealer sealer;
    if (rows.isEmpty()) {
      Optional<RootKey> existing = provider.current();
      created = existing.isEmpty();
      sealer = new KeyTermSealer(existing.orElseGet(provider::create));
      createFirstTerm(database, terms, sealer, clock.instant());
    } else {
      sealer = new KeyTermSealer(openingKey(rows, provider));
    }
    KeyringHolder holder = new KeyringHolder(database, terms, provider, clock, refresh, sealer, created);
    holder.reload();
    return holder;
  }

  private static void createFirstTerm(Database database, KeyTermRepository terms, KeyTermSealer sealer, Instant now) {
    database.inTransaction(handle -> {
      terms.lockAndReadRotation(handle);
      if (terms.list(handle).isEmpty()) {
        terms.insert(handle, 1, KeyTermState.PRIMARY, sealer.newSealedKey(1), now);
      }
      return null;
    });
  }

  /** The root key that opens the stored keyring, finishing an interrupted rekey if need be. */
  private static RootKey openingKey(List<KeyTermRow> rows, RootKeyProvider provider) {
    KeyTermRow probe = rows.stream().filter(r -> r.sealedKey() != null).findFirst()
        .orElseThrow(() -> new RootKeyException("the keyring holds no usable key term"));
    Optional<RootKey> current = provider.current();
    Optional<RootKey> staged = provider.staged();
    if (current.isPresent() && new KeyTermSealer(current.get()).opens(probe.term(), probe.sealedKey())) {
      if (staged.isPresent()) {
        provider.discardStaged();
      }
      return current.get();
    }
    if (staged.isPresent() && new KeyTermSealer(staged.get()).opens(probe.term(), probe.sealedKey())) {
      provider.promoteStaged();
      return staged.get();
    }
    if (current.isEmpty()) {
      throw new RootKeyException("no root key: " + provider.describe() + " is missing, but the database holds a"
          + " keyring sealed by a root key; restore the key file or set STRONGROOM_ROOT_KEY");
    }
    throw new RootKeyException("the root key from " + provider.describe()
        + " does not open the keyring in this database (wrong key, or the wrong database)");
  }

  boolean createdRootKey() {
    return createdRootKey;
  }

  RootKeyProvider provider() {
    return provider;
  }

  KeyTermSealer sealer() {
    return sealer;
  }

  /** The keyring, refreshed when it is older than the refresh period. */
  Keyring keyring() {
    if (clock.instant().isAfter(loadedAt.plus(refresh))) {
      reload();
    }
    return keyring;
  }

  /** The keyring, reloaded first if it does not know {@code term} as usable. */
  Keyring keyringFor(int term) {
    Keyring current = keyring();
    Optional<KeyTerm> known = current.term(term);
    if (known.isEmpty() || !known.get().state().unwraps()) {
      reload();
      return keyring;
    }
    return current;
  }

  synchronized void reload() {
    List<KeyTerm> opened = new ArrayList<>();
    for (KeyTermRow row : database.withHandle(terms::list)) {
      if (row.state() != KeyTermState.DESTROYED) {
        opened.add(sealer.open(row.term(), row.state(), row.createdAt(), row.sealedKey()));
      }
    }
    keyring = KeyTermSealer.keyring(opened);
    loadedAt = clock.instant();
  }

  /** After a rekey: the new root key seals from now on. */
  synchronized void useRootKey(RootKey rootKey) {
    sealer = new KeyTermSealer(rootKey);
    reload();
  }
}
