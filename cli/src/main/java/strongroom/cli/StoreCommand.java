package strongroom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import strongroom.secrets.Actor;
import strongroom.secrets.crypto.FileRootKeyProvider;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.service.StoreConfig;

/**
 * Base of the commands that work on the store: checks the arguments, opens the store the global
 * options point at (announcing a newly created root key), runs, and closes it.
 */
public abstract class StoreCommand implements Callable<Integer> {
  @Spec
  protected CommandSpec spec;

  @Mixin
  private GlobalOptions global;

  @Override
  public final Integer call() throws Exception {
    checkArguments();
    String dbUrl = root().dbUrl();
    if (dbUrl != null && !dbUrl.isBlank() && !dbUrl.startsWith("jdbc:sqlite:") && !dbUrl.startsWith("jdbc:postgresql:")) {
      // The URL is not repeated: it may hold a password.
      throw new ParameterException(spec.commandLine(),
          "--db-url (or $STRONGROOM_DB_URL) must start with jdbc:postgresql: or jdbc:sqlite:");
    }
    StoreConfig config = root().storeConfig();
    try (SecretStore store = SecretStore.open(config)) {
      if (store.createdRootKey()) {
        announceRootKey(config, store);
      }
      return run(store);
    }
  }

  /** Argument checks that need no store; throw a {@code ParameterException} for a usage error. */
  protected void checkArguments() {}

  /** The work; returns the exit code. */
  protected abstract int run(SecretStore store) throws Exception;

  protected StrongroomCommand root() {
    return (StrongroomCommand) spec.root().userObject();
  }

  protected String workspace() {
    return root().workspace();
  }

  protected Actor actor() {
    return root().actor();
  }

  protected Terminal terminal() {
    return root().terminal();
  }

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private void announceRootKey(StoreConfig config, SecretStore store) {
    String where = config.rootKey() instanceof FileRootKeyProvider file
        ? file.path().toString() : store.rootKeySource();
    err().println("strongroom: created a new root key: " + where);
    err().println("strongroom: keep it safe and back it up; without it nothing in this store can be decrypted.");
    err().flush();
  }
}
