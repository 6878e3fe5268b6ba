package strongroom.secrets.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import strongroom.secrets.storage.DatabaseConfig;

/**
 * The databases every storage test runs on: SQLite in a temporary folder, and PostgreSQL in a fresh
 * schema of the {@code test} database. Without PostgreSQL a test is skipped (visibly), except under
 * {@code CI=true}, where it fails.
 */
public enum Backend {
  SQLITE,
  POSTGRESQL;

  /** Base URL of the PostgreSQL test database; override with STRONGROOM_TEST_PG_URL. */
  public static final String PG_URL = System.getenv().getOrDefault("STRONGROOM_TEST_PG_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  /** A fresh, empty database of this kind; {@link Created#drop()} removes it. */
  public Created create(Path tempDir) {
    return switch (this) {
      case SQLITE -> new Created(DatabaseConfig.sqlite(tempDir), () -> {});
      case POSTGRESQL -> createPostgresSchema();
    };
  }

  private static Created createPostgresSchema() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(PG_URL);
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("PostgreSQL is not reachable at " + PG_URL + " (required under CI=true)", e);
      }
      Assumptions.abort("PostgreSQL is not reachable at " + PG_URL + ": " + e.getMessage());
    }
    String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new Created(DatabaseConfig.of(url), () -> {
      try (Connection connection = DriverManager.getConnection(PG_URL);
           Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test schema " + schema, e);
      }
    });
  }

  /** A created test database and how to remove it. */
  public record Created(DatabaseConfig config, Runnable drop) {}
}
