package strongroom.engine.registry.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistrySecret;

/** Grouping declared secrets by name for the cheatsheet. */
class SecretUsageTest {
  private static ActionSpec action(String name, RegistrySecret... secrets) {
    return new ActionSpec(name, "x", List.of(), List.of(secrets), c -> null);
  }

  @Test
  void of_mergesByName_sortsByUseThenName() {
    Registry r = Registry.builder()
        .add(action("tools.s.send", RegistrySecret.of("s", "HEC")))
        .add(action("tools.s.search", RegistrySecret.of("s", "API")))
        .add(action("tools.b.one", RegistrySecret.of("b", "K")))
        .add(action("tools.a.one", new RegistrySecret("a", List.of("K"), List.of("URL"), true)))
        .build();
    assertEquals(List.of(
        new SecretUsage("s", List.of(), List.of("API", "HEC"), false,
            List.of("tools.s.search", "tools.s.send")),
        new SecretUsage("a", List.of("K"), List.of("URL"), true, List.of("tools.a.one")),
        new SecretUsage("b", List.of("K"), List.of(), false, List.of("tools.b.one"))),
        SecretUsage.of(r));
  }
}
