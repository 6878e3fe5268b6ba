package strongroom.secrets.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import strongroom.secrets.crypto.EnvironmentRootKeyProvider;
import strongroom.secrets.crypto.FileRootKeyProvider;
import strongroom.secrets.crypto.RootKeyProvider;
import strongroom.secrets.storage.DatabaseConfig;

/**
 * How to open a store: the database, where the root key comes from, the clock, and how often a
 * node looks for key terms other nodes added.
 */
public record StoreConfig(DatabaseConfig database, RootKeyProvider rootKey, Clock clock, Duration keyringRefresh) {
  public static final String DATA_DIR_VARIABLE = "STRONGROOM_DATA_DIR";
  public static final String DB_URL_VARIABLE = "STRONGROOM_DB_URL";
  public static final Path DEFAULT_DATA_DIR = Path.of("data");

  /**
   * The usual wiring: the database at {@code dbUrl} (or SQLite in {@code dataDir}), the root key
   * from {@code STRONGROOM_ROOT_KEY} when set, else from {@code <dataDir>/root.key}.
   */
  public static StoreConfig of(Path dataDir, String dbUrl, Map<String, String> environment) {
    DatabaseConfig database = dbUrl == null || dbUrl.isBlank()
        ? DatabaseConfig.sqlite(dataDir)
        : DatabaseConfig.of(dbUrl);
    String envKey = environment.get(EnvironmentRootKeyProvider.VARIABLE);
    RootKeyProvider rootKey = envKey != null && !envKey.isBlank()
        ? new EnvironmentRootKeyProvider(EnvironmentRootKeyProvider.VARIABLE, envKey)
        : new FileRootKeyProvider(dataDir.resolve("root.key"));
    return new StoreConfig(database, rootKey, Clock.systemUTC(), Duration.ofSeconds(10));
  }

  public StoreConfig withClock(Clock other) {
    return new StoreConfig(database, rootKey, other, keyringRefresh);
  }
}
