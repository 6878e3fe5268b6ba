package strongroom.secrets.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.Secret;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.StoreFixture;

/** A fresh store per test on the backend the parameterised subclass runs on, with small helpers. */
abstract class StoreTestBase {
  static final Actor ALICE = Actor.user("alice");
  static final String WS = "default";

  final Backend backend;
  @TempDir Path tempDir;
  StoreFixture fixture;
  SecretStore store;

  StoreTestBase(Backend backend) {
    this.backend = backend;
  }

  @BeforeEach
  void openStore() {
    fixture = new StoreFixture(backend, tempDir);
    store = fixture.store();
  }

  @AfterEach
  void closeStore() {
    fixture.close();
  }

  Secret create(String workspace, String name, String env, String... keyValues) {
    List<KeyInput> keys = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      keys.add(KeyInput.of(keyValues[i], keyValues[i + 1]));
    }
    return store.secrets().create(workspace, NewSecret.custom(name, env, keys), ALICE);
  }

  Map<String, String> read(String workspace, String name, String env) {
    try (ResolvedSecrets resolved = store.resolver().resolve(workspace, env, Set.of(name), ALICE)) {
      Map<String, String> out = new TreeMap<>();
      for (String key : resolved.keys(name)) {
        out.put(key, resolved.value(name, key).reveal());
      }
      return out;
    }
  }
}
