package strongroom.secrets.service;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import strongroom.secrets.CorruptedSecretException;
import strongroom.secrets.SecretValue;
import strongroom.secrets.crypto.AssociatedData;
import strongroom.secrets.crypto.Envelope;
import strongroom.secrets.crypto.KeyMapCodec;
import strongroom.secrets.crypto.SealedVersion;
import strongroom.secrets.storage.VersionRow;

/** Seals key maps into versions and opens them again, turning every verification failure into a named corruption. */
final class SecretCipher {
  private final KeyringHolder keyring;

  SecretCipher(KeyringHolder keyring) {
    this.keyring = keyring;
  }

  SealedVersion seal(Map<String, SecretValue> keys, AssociatedData place) {
    byte[] plaintext = KeyMapCodec.encode(keys);
    try {
      return Envelope.seal(plaintext, place, keyring.keyring());
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** The version's key map; the caller destroys the values. */
  Map<String, SecretValue> open(VersionRow row, String secretName) {
    AssociatedData place = placeOf(row);
    byte[] plaintext;
    try {
      plaintext = Envelope.open(row.sealed(), place, keyring.keyringFor(row.sealed().keyTerm()));
    } catch (GeneralSecurityException e) {
      throw new CorruptedSecretException(secretName, row.environment(), row.version(), e.getMessage());
    }
    try {
      Map<String, SecretValue> keys = KeyMapCodec.decode(plaintext);
      if (!keys.keySet().equals(new java.util.TreeSet<>(row.keyNames()))) {
        keys.values().forEach(SecretValue::destroy);
        throw new CorruptedSecretException(secretName, row.environment(), row.version(),
            "stored key names do not match the encrypted keys");
      }
      return keys;
    } catch (RuntimeException e) {
      if (e instanceof CorruptedSecretException corrupted) {
        throw corrupted;
      }
      throw new CorruptedSecretException(secretName, row.environment(), row.version(), "key map is malformed");
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** True when the version opens; the plaintext is destroyed at once. */
  boolean verifies(VersionRow row, String secretName) {
    try {
      open(row, secretName).values().forEach(SecretValue::destroy);
      return true;
    } catch (CorruptedSecretException e) {
      return false;
    }
  }

  static AssociatedData placeOf(VersionRow row) {
    return new AssociatedData(row.workspaceId(), row.secretId(), row.environment(), row.version());
  }
}
