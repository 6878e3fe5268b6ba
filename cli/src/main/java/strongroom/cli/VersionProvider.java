package strongroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven recorded in the jar ({@code pom.properties}); a build from classes says so. */
public final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES = "/META-INF/maven/dev.strongroom/strongroom-cli/pom.properties";

  @Override
  public String[] getVersion() throws IOException {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return new String[] {"strongroom (development build)"};
      }
      Properties properties = new Properties();
      properties.load(in);
      return new String[] {"strongroom " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
