package strongroom.secrets.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import strongroom.secrets.StorageException;

/** The connection pool, JDBI and the schema migrations for one database. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Lock writer;

  private Database(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.writer = dialect.singleWriter() ? new ReentrantLock(true) : null;
    this.jdbi = Jdbi.create(dataSource);
    // JDBI renders bound arguments into exception messages by default; ours never show them.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(DatabaseConfig config) {
    Dialect dialect = Dialect.forUrl(config.url());
    createSqliteDirectory(config.url());
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(config.url());
    if (config.user() != null) {
      pool.setUsername(config.user());
    }
    if (config.password() != null) {
      pool.setPassword(config.password());
    }
    pool.setPoolName("strongroom");
    // Fail within seconds when the database is down, rather than hang a command or a start-up.
    pool.setInitializationFailTimeout(10_000);
    pool.setConnectionTimeout(10_000);
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    dialect.configure(pool);
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:strongroom/db/migration")
          .failOnMissingLocations(true)
          // Modules add migrations to the same location (secrets V1-V99, engine V100+, server V200+);
          // a tool built without a module must still open a database that module migrated.
          .ignoreMigrationPatterns("*:missing")
          .load()
          .migrate();
      return new Database(dataSource, dialect);
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StorageException("cannot open the database at " + redact(config.url()) + ": " + rootMessage(e), e);
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Runs {@code work} in one transaction; any exception rolls everything back. On a single-writer
   * database, transactions of this process take turns on a fair lock before opening a connection.
   */
  public <T> T inTransaction(Function<Handle, T> work) {
    // The pool sets READ COMMITTED once; naming a level here would cost PostgreSQL a round trip per call.
    if (writer == null) {
      return jdbi.inTransaction(work::apply);
    }
    writer.lock();
    try {
      return jdbi.inTransaction(work::apply);
    } finally {
      writer.unlock();
    }
  }

  /** Runs {@code work} on a handle in auto-commit mode, for reads: every write goes through {@link #inTransaction}. */
  public <T> T withHandle(Function<Handle, T> work) {
    return jdbi.withHandle(work::apply);
  }

  /** True when {@code e}, or what it wraps, is a unique-constraint violation. */
  public boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && dialect.isUniqueViolation(sql)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static void createSqliteDirectory(String url) {
    if (!url.startsWith("jdbc:sqlite:")) {
      return;
    }
    String file = url.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    if (query >= 0) {
      file = file.substring(0, query);
    }
    if (file.isEmpty() || file.startsWith(":memory:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (java.io.IOException e) {
      throw new StorageException("cannot create the data directory " + parent + ": " + e.getMessage(), e);
    }
  }

  static String redact(String url) {
    return url.replaceAll("(?i)password=[^&]*", "password=***");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
