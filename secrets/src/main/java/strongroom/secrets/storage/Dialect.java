package strongroom.secrets.storage;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;

/** What differs between the SQL databases Strongroom runs on. The schema and queries are shared. */
public interface Dialect {
  /** {@code sqlite} or {@code postgresql}. */
  String name();

  /** Pool and connection settings for this database. */
  void configure(HikariConfig config);

  /** Suffix that locks selected rows until the transaction ends (empty where writers are serialised anyway). */
  String forUpdate();

  /**
   * True when the database takes one writer at a time (SQLite): the process then queues its
   * writers on a Java lock rather than in the driver's native busy wait, which would pin virtual
   * threads to their carriers and can stall every request.
   */
  boolean singleWriter();

  /** True when {@code e} reports a unique-constraint violation. */
  boolean isUniqueViolation(SQLException e);

  /** The dialect for a JDBC URL. */
  static Dialect forUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return new SqliteDialect();
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new PostgresDialect();
    }
    // The URL itself is not repeated: it may carry a password.
    throw strongroom.secrets.ValidationException.of("db_url", "scheme",
        "unsupported database URL; use jdbc:sqlite:… or jdbc:postgresql:…");
  }
}
