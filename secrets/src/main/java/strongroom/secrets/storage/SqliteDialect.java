package strongroom.secrets.storage;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;

/**
 * SQLite on disk: WAL, a busy timeout, foreign keys, and IMMEDIATE transactions so two writers
 * queue on the lock instead of failing when a read upgrades to a write. secure_delete overwrites
 * purged ciphertext in the file. synchronous=NORMAL in WAL mode survives a process crash at any moment.
 */
final class SqliteDialect implements Dialect {
  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public void configure(HikariConfig config) {
    config.addDataSourceProperty("journal_mode", "WAL");
    config.addDataSourceProperty("synchronous", "NORMAL");
    config.addDataSourceProperty("busy_timeout", "30000");
    config.addDataSourceProperty("foreign_keys", "true");
    config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    config.addDataSourceProperty("secure_delete", "true");
    config.setMaximumPoolSize(4);
  }

  @Override
  public boolean singleWriter() {
    return true;
  }

  @Override
  public String forUpdate() {
    return "";
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    String message = e.getMessage();
    return message != null && message.contains("UNIQUE constraint failed");
  }
}
