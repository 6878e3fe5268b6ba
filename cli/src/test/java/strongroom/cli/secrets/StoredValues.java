package strongroom.cli.secrets;

import java.util.Set;
import strongroom.cli.CliHarness;
import strongroom.secrets.Actor;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.SecretValue;
import strongroom.secrets.service.SecretStore;

/** Reads what the CLI stored, straight from the store, comparing values without printing them. */
final class StoredValues {
  private StoredValues() {}

  static boolean holds(CliHarness cli, String name, String environment, String key, String expected) {
    try (SecretStore store = cli.openStore();
         ResolvedSecrets resolved = store.resolver().resolve("default", environment, Set.of(name), Actor.system())) {
      return resolved.value(name, key).sameAs(SecretValue.of(expected));
    }
  }

  static Set<String> keys(CliHarness cli, String name, String environment) {
    try (SecretStore store = cli.openStore();
         ResolvedSecrets resolved = store.resolver().resolve("default", environment, Set.of(name), Actor.system())) {
      return Set.copyOf(resolved.keys(name));
    }
  }
}
