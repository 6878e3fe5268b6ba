package strongroom.secrets.crypto;

import com.google.crypto.tink.Aead;
import java.time.Instant;

/**
 * One numbered key-encryption key of the keyring (a Tink AES-256-GCM key). The key itself is
 * reachable only inside this package; {@link #toString()} shows the number and state.
 */
public final class KeyTerm {
  private final int term;
  private final KeyTermState state;
  private final Instant createdAt;
  private final Aead aead;

  KeyTerm(int term, KeyTermState state, Instant createdAt, Aead aead) {
    this.term = term;
    this.state = state;
    this.createdAt = createdAt;
    this.aead = aead;
  }

  public int term() {
    return term;
  }

  public KeyTermState state() {
    return state;
  }

  public Instant createdAt() {
    return createdAt;
  }

  Aead aead() {
    return aead;
  }

  @Override
  public String toString() {
    return "KeyTerm[" + term + ", " + state.wireName() + "]";
  }
}
