package strongroom.secrets.crypto;

import java.util.Optional;
import strongroom.secrets.RootKeyException;

/** The root key from an environment variable ({@code STRONGROOM_ROOT_KEY}); it cannot be written, so no rekey. */
public final class EnvironmentRootKeyProvider implements RootKeyProvider {
  public static final String VARIABLE = "STRONGROOM_ROOT_KEY";

  private final String variable;
  private final String text;

  public EnvironmentRootKeyProvider(String variable, String text) {
    this.variable = variable;
    this.text = text;
  }

  @Override
  public String describe() {
    return "environment variable " + variable;
  }

  @Override
  public Optional<RootKey> current() {
    return Optional.of(RootKey.parse(text, describe()));
  }

  @Override
  public Optional<RootKey> staged() {
    return Optional.empty();
  }

  @Override
  public RootKey create() {
    throw new RootKeyException(describe() + " is set but holds no key");
  }

  @Override
  public void stage(RootKey next) {
    throw new RootKeyException("rekey needs a key file: the root key comes from " + describe()
        + ", which Strongroom cannot rewrite; unset it and use --data-dir's root.key");
  }

  @Override
  public void promoteStaged() {
    throw new IllegalStateException("nothing is staged in " + describe());
  }

  @Override
  public void discardStaged() {}
}
