package strongroom.engine.registry.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import strongroom.engine.registry.ActionSpec;

/**
 * The integration files shipped as resources under {@value #FOLDER}: every {@code *.yaml} there
 * is one integration, so adding one is adding a file. Lists the folder on the class path, from a
 * directory (tests, IDE) or a jar (the shaded CLI), in name order.
 */
public final class IntegrationCatalog {
  public static final String FOLDER = "strongroom/integrations/";

  private IntegrationCatalog() {}

  /** The resource names of the shipped integration files, sorted. */
  public static List<String> files(ClassLoader loader) {
    TreeSet<String> out = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(FOLDER);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("file")) {
          try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            files.map(p -> p.getFileName().toString()).filter(IntegrationCatalog::isYaml)
                .forEach(n -> out.add(FOLDER + n));
          }
        } else if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
              String rest = e.getName().startsWith(FOLDER)
                  ? e.getName().substring(FOLDER.length()) : "";
              if (!rest.contains("/") && isYaml(rest)) {
                out.add(e.getName());
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the integration files under " + FOLDER, e);
    }
    return List.copyOf(out);
  }

  /** Every shipped integration's actions, loaded with {@code loader}. */
  public static List<ActionSpec> load(IntegrationLoader integrations, ClassLoader loader) {
    List<ActionSpec> out = new ArrayList<>();
    for (String file : files(loader)) {
      out.addAll(integrations.load(file.substring(FOLDER.length()), read(loader, file)));
    }
    return out;
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("integration file " + resource + " vanished");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
