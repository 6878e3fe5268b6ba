package strongroom.secrets.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import strongroom.secrets.crypto.FileRootKeyProvider;
import strongroom.secrets.crypto.RootKeyProvider;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.service.StoreConfig;
import strongroom.secrets.storage.DatabaseConfig;

/** A fresh store on one backend, with its root key in a temporary folder. Close it to drop the database. */
public final class StoreFixture implements AutoCloseable {
  private final Backend.Created database;
  private final Path keyFile;
  private SecretStore store;

  public StoreFixture(Backend backend, Path tempDir) {
    this.database = backend.create(tempDir);
    this.keyFile = tempDir.resolve("root.key");
    this.store = SecretStore.open(config());
  }

  public SecretStore store() {
    return store;
  }

  public DatabaseConfig database() {
    return database.config();
  }

  public Path keyFile() {
    return keyFile;
  }

  public StoreConfig config() {
    return config(new FileRootKeyProvider(keyFile));
  }

  public StoreConfig config(RootKeyProvider rootKey) {
    return new StoreConfig(database.config(), rootKey, Clock.systemUTC(), Duration.ofSeconds(10));
  }

  /** Closes and opens the store again, as a restart would. */
  public SecretStore reopen() {
    store.close();
    store = SecretStore.open(config());
    return store;
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
    database.drop().run();
  }
}
