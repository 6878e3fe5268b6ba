package strongroom.secrets.testing;

import java.util.List;
import java.util.Map;
import strongroom.secrets.service.SecretStore;

/** Direct SQL on a store's database, for tests that tamper with rows or read raw columns. */
public final class Raw {
  private Raw() {}

  public static List<Map<String, Object>> query(SecretStore store, String sql, Object... args) {
    return store.database().withHandle(handle -> {
      var query = handle.createQuery(sql);
      for (int i = 0; i < args.length; i++) {
        query.bind(i, args[i]);
      }
      return query.mapToMap().list();
    });
  }

  public static int update(SecretStore store, String sql, Object... args) {
    return store.database().withHandle(handle -> {
      var update = handle.createUpdate(sql);
      for (int i = 0; i < args.length; i++) {
        update.bind(i, args[i]);
      }
      return update.execute();
    });
  }

  /** Every text and blob column of every table, concatenated: to prove no plaintext is stored. */
  public static String dump(SecretStore store) {
    StringBuilder out = new StringBuilder();
    for (String table : List.of("workspaces", "key_terms", "secrets", "secret_versions", "audit_events")) {
      for (Map<String, Object> row : query(store, "SELECT * FROM " + table)) {
        for (Object value : row.values()) {
          out.append(value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
              : String.valueOf(value)).append('\n');
        }
      }
    }
    return out.toString();
  }
}
