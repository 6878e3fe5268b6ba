package strongroom.secrets.storage;

import java.time.Instant;
import strongroom.secrets.crypto.KeyTermState;

/** A key_terms row: the term's key sealed by the root key (null once destroyed). */
public record KeyTermRow(int term, KeyTermState state, byte[] sealedKey, Instant createdAt) {
  @Override
  public String toString() {
    return "KeyTermRow[" + term + ", " + state.wireName() + "]";
  }
}
