package strongroom.bench.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.Secret;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.crypto.EnvironmentRootKeyProvider;
import strongroom.secrets.crypto.RootKey;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.service.StoreConfig;
import strongroom.secrets.storage.DatabaseConfig;

/**
 * {@code resolve} of one secret (one key) against a bare JDBC {@code SELECT} of the same
 * secret_versions row, on SQLite and PostgreSQL.
 *
 * <p>{@link #resolve} is the whole product call: name checks, the workspace lookup, one transaction
 * that selects the current version, unwraps and decrypts it and inserts the audit row, then the
 * commit; the holder is closed (values zeroed). {@link #bareSelect} runs the same join that
 * resolve's query runs, as a prepared statement reused on a plain {@code java.sql} connection of
 * its own in auto-commit mode, and reads every column: it writes nothing. {@link
 * #bareSelectAuditInsert} is informative: the same select plus the same audit insert in one
 * transaction and its commit, still bare JDBC, so the reader sees how much of the gap is the audit
 * write that every resolve must do.
 *
 * <p>Each benchmark method runs in its own fork on a fresh database: a temporary SQLite directory,
 * or a fresh PostgreSQL schema in database {@code test}, dropped at teardown. The secret is created
 * through the store. The bare connections use the store's SQLite settings (WAL, synchronous=NORMAL,
 * IMMEDIATE transactions, ...), so a commit costs them what it costs the store. Each bare connection
 * is its own state, opened only in the fork that measures it (an SQLite connection outside
 * auto-commit holds the write lock between its transactions).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED",
    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Threads(1)
public class ResolveBenchmark {
  static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  static final String WORKSPACE = "default";
  static final String ENVIRONMENT = "default";
  static final String NAME = "virustotal";
  static final String KEY = "VIRUSTOTAL_API_KEY";
  static final String VALUE = "vt-" + "0123456789abcdef".repeat(4);
  static final Set<String> NAMES = Set.of(NAME);
  static final Actor ACTOR = Actor.run("bench-run", "virustotal.lookup");

  /** The query of VersionRepository.currentByName, for one name. */
  static final String SELECT = "SELECT s.name AS secret_name, s.workspace_id, v.* FROM secrets s"
      + " JOIN secret_versions v ON v.secret_id = s.id AND v.version = s.current_version"
      + " WHERE s.workspace_id = ? AND s.environment = ? AND s.deleted_at IS NULL AND s.name IN (?)";

  /** The insert of AuditRepository. */
  static final String AUDIT = "INSERT INTO audit_events (id, at, actor, action, outcome, workspace_id,"
      + " secret_id, secret_name, environment, version, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** A fresh database holding one secret of one key, and the store opened on it. */
  @State(Scope.Benchmark)
  public static class Db {
    @Param({"sqlite", "postgresql"})
    public String backend;

    Path dataDir;
    String schema;
    String url;
    SecretStore store;
    String workspaceId;

    @Setup
    public void setUp() throws IOException, SQLException {
      DatabaseConfig database;
      switch (backend) {
        case "sqlite" -> {
          dataDir = Files.createTempDirectory("strongroom-bench-");
          database = DatabaseConfig.sqlite(dataDir);
        }
        case "postgresql" -> {
          schema = "bench_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
          try (Connection admin = DriverManager.getConnection(POSTGRES_URL);
              Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
          }
          database = DatabaseConfig.of(POSTGRES_URL + "&currentSchema=" + schema);
        }
        default -> throw new IllegalArgumentException("unknown backend " + backend);
      }
      url = database.url();
      String rootKey = new String(RootKey.generate().encode(), StandardCharsets.US_ASCII);
      store = SecretStore.open(new StoreConfig(database,
          new EnvironmentRootKeyProvider(EnvironmentRootKeyProvider.VARIABLE, rootKey),
          Clock.systemUTC(), Duration.ofSeconds(10)));
      Secret secret = store.secrets().create(WORKSPACE,
          NewSecret.custom(NAME, ENVIRONMENT, List.of(KeyInput.of(KEY, VALUE))), Actor.operator("bench"));
      workspaceId = secret.workspaceId();
      try (ResolvedSecrets resolved = store.resolver().resolve(WORKSPACE, ENVIRONMENT, NAMES, ACTOR)) {
        check(resolved.value(NAME, KEY).reveal().equals(VALUE), "resolve gave another value");
      }
    }

    @TearDown
    public void tearDown() throws IOException, SQLException {
      if (store != null) {
        store.close();
      }
      if (schema != null) {
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL);
            Statement statement = admin.createStatement()) {
          statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
      if (dataDir != null) {
        try (Stream<Path> files = Files.walk(dataDir)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(file);
          }
        }
      }
    }

    /** A plain connection with the store's settings for this backend. */
    Connection connect() throws SQLException {
      Properties properties = new Properties();
      if (backend.equals("sqlite")) {
        // What SqliteDialect gives the store's pool.
        properties.setProperty("journal_mode", "WAL");
        properties.setProperty("synchronous", "NORMAL");
        properties.setProperty("busy_timeout", "30000");
        properties.setProperty("foreign_keys", "true");
        properties.setProperty("transaction_mode", "IMMEDIATE");
        properties.setProperty("secure_delete", "true");
      }
      return DriverManager.getConnection(url, properties);
    }

    PreparedStatement prepareSelect(Connection connection) throws SQLException {
      PreparedStatement statement = connection.prepareStatement(SELECT);
      statement.setString(1, workspaceId);
      statement.setString(2, ENVIRONMENT);
      statement.setString(3, NAME);
      return statement;
    }
  }

  /** A plain connection in auto-commit mode and the select prepared on it. */
  @State(Scope.Benchmark)
  public static class BareRead {
    Connection connection;
    PreparedStatement select;
    final Row row = new Row();

    @Setup
    public void setUp(Db db) throws SQLException {
      connection = db.connect();
      select = db.prepareSelect(connection);
      check(row.read(select) > 0, "the bare select found no row");
    }

    @TearDown
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  /** A plain connection outside auto-commit, the select and the audit insert prepared on it. */
  @State(Scope.Benchmark)
  public static class BareTransaction {
    Connection connection;
    PreparedStatement select;
    PreparedStatement audit;
    String workspaceId;
    final Row row = new Row();

    @Setup
    public void setUp(Db db) throws SQLException {
      workspaceId = db.workspaceId;
      connection = db.connect();
      connection.setAutoCommit(false);
      select = db.prepareSelect(connection);
      audit = connection.prepareStatement(AUDIT);
      check(row.read(select) > 0, "the bare select found no row");
      connection.rollback();
    }

    @TearDown
    public void tearDown() throws SQLException {
      connection.rollback();
      connection.close();
    }
  }

  /** Reads every column of the row, as the store's row mapper does (without its JSON parsing). */
  static final class Row {
    String secretId;
    int version;

    long read(PreparedStatement statement) throws SQLException {
      long sum = 0;
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          sum += rs.getString("secret_name").length();
          sum += rs.getString("workspace_id").length();
          secretId = rs.getString("secret_id");
          version = rs.getInt("version");
          sum += version;
          sum += rs.getString("environment").length();
          sum += rs.getString("key_names").length();
          sum += rs.getBytes("ciphertext").length;
          sum += rs.getBytes("wrapped_key").length;
          sum += rs.getInt("key_term");
          sum += rs.getLong("created_at");
          sum += rs.getString("created_by").length();
        }
      }
      return sum;
    }
  }

  /** Product path: resolve one secret (one audit row, one commit) and close the holder. */
  @Benchmark
  public ResolvedSecrets resolve(Db db) {
    ResolvedSecrets resolved = db.store.resolver().resolve(WORKSPACE, ENVIRONMENT, NAMES, ACTOR);
    resolved.close();
    return resolved;
  }

  /** Baseline: the same row through a reused prepared statement, auto-commit, nothing written. */
  @Benchmark
  public long bareSelect(BareRead bare) throws SQLException {
    return bare.row.read(bare.select);
  }

  /** Informative: the same select and the same audit insert in one transaction, then the commit. */
  @Benchmark
  public long bareSelectAuditInsert(BareTransaction bare) throws SQLException {
    try {
      long read = bare.row.read(bare.select);
      PreparedStatement audit = bare.audit;
      Instant now = Instant.now();
      audit.setString(1, UUID.randomUUID().toString());
      audit.setLong(2, now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000);
      audit.setString(3, ACTOR.label());
      audit.setString(4, AuditAction.RESOLVE.wireName());
      audit.setString(5, AuditEvent.Outcome.SUCCESS.name());
      audit.setString(6, bare.workspaceId);
      audit.setString(7, bare.row.secretId);
      audit.setString(8, NAME);
      audit.setString(9, ENVIRONMENT);
      audit.setInt(10, bare.row.version);
      audit.setNull(11, Types.VARCHAR);
      audit.executeUpdate();
      bare.connection.commit();
      return read;
    } catch (SQLException e) {
      bare.connection.rollback();
      throw e;
    }
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
