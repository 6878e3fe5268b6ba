package strongroom.secrets.service;

import java.time.Clock;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import strongroom.secrets.ConflictException;
import strongroom.secrets.StorageException;
import strongroom.secrets.storage.Database;
import strongroom.secrets.storage.KeyTermRepository;
import strongroom.secrets.storage.SecretRepository;
import strongroom.secrets.storage.VersionRepository;

/** What the services share: the database, its repositories, the cipher, the audit log and the clock. */
record StoreContext(
    Database database,
    Workspaces workspaces,
    SecretRepository secrets,
    VersionRepository versions,
    KeyTermRepository terms,
    SecretCipher cipher,
    KeyringHolder keyring,
    AuditLog audit,
    Clock clock) {

  /**
   * Runs a change to the secret {@code name} in {@code environment} as one transaction. A unique
   * violation that slipped past the checks (a concurrent writer) becomes the duplicate conflict;
   * other database failures become a {@link StorageException} without SQL or bound values.
   */
  <T> T write(String name, String environment, Function<Handle, T> work) {
    try {
      return database.inTransaction(work);
    } catch (JdbiException e) {
      if (database.isUniqueViolation(e)) {
        throw ConflictException.duplicate(name, environment);
      }
      throw new StorageException("the database refused the change: " + sqlState(e), e);
    }
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql) {
        return "SQLSTATE " + sql.getSQLState() + " (error " + sql.getErrorCode() + ")";
      }
    }
    return e.getClass().getSimpleName();
  }
}
