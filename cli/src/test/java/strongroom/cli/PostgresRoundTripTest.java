package strongroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;

/** The CLI against PostgreSQL through {@code --db-url}: create, list, show, verify (skipped locally without it). */
class PostgresRoundTripTest {
  @TempDir Path tempDir;
  private Backend.Created database;

  @BeforeEach
  void createDatabase() {
    database = Backend.POSTGRESQL.create(tempDir);
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.drop().run();
    }
  }

  @Test
  void createListShowVerify_onPostgres() {
    CliHarness cli = new CliHarness(tempDir.resolve("data"), database.config().url());
    cli.terminal().stdin(Canaries.next() + "\n");
    cli.run("secrets", "create", "pagerduty", "--env", "tenant_a", "--key", "ROUTING_KEY=-").ok();
    String list = cli.run("secrets", "list").ok().out();
    assertTrue(list.lines().anyMatch(l -> l.matches("pagerduty +tenant_a +custom +ROUTING_KEY +1 +\\S+Z +ok")), list);
    assertTrue(cli.run("secrets", "show", "pagerduty", "--env", "tenant_a").ok().out().contains("ROUTING_KEY"));
    assertEquals("All secret versions verify.\n", cli.run("secrets", "verify").ok().out());
    assertTrue(cli.run("keys", "status").ok().out().contains("1     primary"));
    assertTrue(StoredValuesOnPostgres.databaseHasNoSqliteFile(cli.dataDir()));
  }

  /** Proof that the data folder held only the key file: the database really was PostgreSQL. */
  private static final class StoredValuesOnPostgres {
    static boolean databaseHasNoSqliteFile(Path dataDir) {
      return !java.nio.file.Files.exists(dataDir.resolve("strongroom.db"))
          && java.nio.file.Files.exists(dataDir.resolve("root.key"));
    }
  }
}
