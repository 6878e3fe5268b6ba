package strongroom.secrets.crypto;

import java.util.Optional;

/**
 * Where the root key comes from: a key file, an environment variable, or (later) an external KMS.
 *
 * <p>Rekeying is two-phase so that an interruption loses nothing: the new key is {@link #stage staged}
 * beside the current one, the keyring is re-sealed under it in one transaction, and then the staged
 * key is {@link #promoteStaged promoted}. A start-up that finds the keyring sealed by the staged key
 * finishes the promotion.
 */
public interface RootKeyProvider {
  /** Where the key lives, for messages (a path or a variable name; never the key). */
  String describe();

  /** The current root key, or empty when none exists yet. */
  Optional<RootKey> current();

  /** A key left staged by an interrupted rekey, if any. */
  Optional<RootKey> staged();

  /** Creates and stores the first root key, for a new database. */
  RootKey create();

  /** Stores {@code next} beside the current key without replacing it. */
  void stage(RootKey next);

  /** Makes the staged key current; the old key is gone afterwards. */
  void promoteStaged();

  /** Forgets a staged key that never sealed the keyring. */
  void discardStaged();
}
