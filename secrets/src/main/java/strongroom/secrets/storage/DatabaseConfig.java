package strongroom.secrets.storage;

import java.nio.file.Path;

/** Where the database is: a JDBC URL with optional credentials. */
public record DatabaseConfig(String url, String user, String password) {
  /** The embedded default: {@code <dataDir>/strongroom.db}. */
  public static DatabaseConfig sqlite(Path dataDir) {
    return new DatabaseConfig("jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("strongroom.db"), null, null);
  }

  public static DatabaseConfig of(String url) {
    return new DatabaseConfig(url, null, null);
  }

  @Override
  public String toString() {
    return "DatabaseConfig[" + url.replaceAll("password=[^&]*", "password=***") + "]";
  }
}
