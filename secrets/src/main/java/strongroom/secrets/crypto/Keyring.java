package strongroom.secrets.crypto;

import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable view of the key terms: one primary that wraps, every enabled term unwraps. */
public final class Keyring {
  private final Map<Integer, KeyTerm> terms;
  private final KeyTerm primary;

  Keyring(Collection<KeyTerm> terms) {
    TreeMap<Integer, KeyTerm> byNumber = new TreeMap<>();
    KeyTerm found = null;
    for (KeyTerm term : terms) {
      byNumber.put(term.term(), term);
      if (term.state() == KeyTermState.PRIMARY) {
        if (found != null) {
          throw new IllegalStateException("keyring has two primary terms: " + found.term() + " and " + term.term());
        }
        found = term;
      }
    }
    if (found == null) {
      throw new IllegalStateException("keyring has no primary term");
    }
    this.terms = Collections.unmodifiableMap(byNumber);
    this.primary = found;
  }

  public KeyTerm primary() {
    return primary;
  }

  public Collection<KeyTerm> terms() {
    return terms.values();
  }

  public Optional<KeyTerm> term(int number) {
    return Optional.ofNullable(terms.get(number));
  }

  /** The term that may unwrap a data key wrapped under {@code number}, or a failure saying why not. */
  KeyTerm forUnwrap(int number) throws GeneralSecurityException {
    KeyTerm term = terms.get(number);
    if (term == null) {
      throw new GeneralSecurityException("data key is wrapped by unknown key term " + number);
    }
    if (!term.state().unwraps()) {
      throw new GeneralSecurityException("data key is wrapped by " + term.state().wireName() + " key term " + number);
    }
    return term;
  }

  @Override
  public String toString() {
    return "Keyring" + terms.values();
  }
}
