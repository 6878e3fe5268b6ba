package strongroom.secrets.storage;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;

/** PostgreSQL: row locks with FOR UPDATE, unique violations by SQLSTATE 23505. */
final class PostgresDialect implements Dialect {
  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public void configure(HikariConfig config) {
    config.setMaximumPoolSize(10);
  }

  @Override
  public boolean singleWriter() {
    return false;
  }

  @Override
  public String forUpdate() {
    return " FOR UPDATE";
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
