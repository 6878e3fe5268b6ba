package strongroom.secrets.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import strongroom.secrets.Actor;
import strongroom.secrets.ConflictException;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.crypto.FileRootKeyProvider;
import strongroom.secrets.storage.DatabaseConfig;

/**
 * The child process the crash tests kill. {@code churn URL KEYFILE SEED}: creates and updates
 * secrets {@code s0..s9} forever, every version holding keys A, B, C with one shared value so a
 * reader can tell a complete version. {@code rotate URL KEYFILE}: rotates the keyring, slowly,
 * printing progress. Prints {@code ready} once the store is open. Values are never printed.
 */
public final class StoreWorker {
  static final int SECRETS = 10;
  static final List<String> KEYS = List.of("A", "B", "C");

  private StoreWorker() {}

  public static void main(String[] args) throws Exception {
    StoreConfig config = new StoreConfig(DatabaseConfig.of(args[1]), new FileRootKeyProvider(Path.of(args[2])),
        Clock.systemUTC(), Duration.ofSeconds(10));
    try (SecretStore store = SecretStore.open(config)) {
      System.out.println("ready");
      System.out.flush();
      switch (args[0]) {
        case "churn" -> churn(store, new Random(Long.parseLong(args[3])));
        case "rotate" -> rotate(store);
        default -> throw new IllegalArgumentException("unknown mode");
      }
    }
  }

  private static void churn(SecretStore store, Random random) {
    Actor actor = Actor.system();
    for (long i = 0; ; i++) {
      String name = "s" + random.nextInt(SECRETS);
      String value = "v" + i;
      List<KeyInput> keys = new ArrayList<>();
      KEYS.forEach(k -> keys.add(KeyInput.of(k, value)));
      try {
        int version = store.secrets().get("default", name, "default").currentVersion();
        store.secrets().update("default", name, "default", SecretUpdate.keys(keys, version), actor);
      } catch (SecretNotFoundException e) {
        try {
          store.secrets().create("default", NewSecret.custom(name, "default", keys), actor);
        } catch (ConflictException ignored) {
          // created meanwhile; the next round updates it
        }
      }
    }
  }

  private static void rotate(SecretStore store) {
    store.keys().rotate(Actor.system(), (done, total) -> {
      System.out.println("progress " + done + " " + total);
      System.out.flush();
      try {
        Thread.sleep(300); // slow enough that the test kills it between batches, or inside one
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    System.out.println("done");
  }
}
