package strongroom.engine.registry.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;

/** The committed docs/integrations.md is what the registry generates. */
class IntegrationsDocTest {
  /** The file, relative to the engine module directory (surefire's working directory). */
  private static final Path COMMITTED = Path.of("..", "docs", "integrations.md");

  @Test
  void committedFile_matchesTheRegistry() throws Exception {
    String generated = IntegrationsDoc.render(StandardRegistry.create(RegistryConfig.defaults()));
    if (Boolean.getBoolean("strongroom.docs.write")) {
      IntegrationsDoc.main(new String[] {COMMITTED.toString()});
    }
    String committed = Files.exists(COMMITTED)
        ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    assertEquals(generated, committed, "docs/integrations.md differs from what the registry"
        + " generates; regenerate it from the repository root with: " + IntegrationsDoc.REGENERATE);
  }

  @Test
  void render_listsEveryActionAndTheSecretsCheatsheet() {
    String doc = IntegrationsDoc.render(StandardRegistry.create(RegistryConfig.defaults()));
    assertTrue(doc.contains("#### `tools.jira.create_issue`"));
    assertTrue(doc.contains("| `jira` | `JIRA_USEREMAIL`, `JIRA_API_TOKEN` |  | no | "
        + "`tools.jira.add_comment`, `tools.jira.create_issue` |"));
    assertTrue(doc.contains("| `splunk` |  | `SPLUNK_API_KEY`, `SPLUNK_HEC_TOKEN` | no |"), doc);
  }
}
