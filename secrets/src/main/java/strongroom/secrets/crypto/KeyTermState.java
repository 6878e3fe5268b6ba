package strongroom.secrets.crypto;

import java.util.Locale;

/** Life of a key term: the primary wraps new data keys; primary and active unwrap; disabled and destroyed do neither. */
public enum KeyTermState {
  PRIMARY, ACTIVE, DISABLED, DESTROYED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static KeyTermState fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  public boolean unwraps() {
    return this == PRIMARY || this == ACTIVE;
  }
}
