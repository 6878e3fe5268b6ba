package strongroom.engine.registry.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog lists integration files inside a jar too, as the shaded CLI ships them. */
class IntegrationCatalogTest {
  @Test
  void files_fromAJar_listedInNameOrder(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("integrations.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("strongroom/"));
      out.putNextEntry(new JarEntry(IntegrationCatalog.FOLDER));
      for (String name : List.of("zeta.yaml", "alpha.yml", "notes.txt", "nested/skip.yaml")) {
        out.putNextEntry(new JarEntry(IntegrationCatalog.FOLDER + name));
        out.write("x".getBytes(StandardCharsets.UTF_8));
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertEquals(List.of(IntegrationCatalog.FOLDER + "alpha.yml",
          IntegrationCatalog.FOLDER + "zeta.yaml"), IntegrationCatalog.files(loader));
    }
  }
}
