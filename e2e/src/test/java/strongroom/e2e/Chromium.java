package strongroom.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Launches Debian's Chromium through Playwright; Playwright never downloads a browser of its own. */
public final class Chromium {
  /** Debian's binary; STRONGROOM_E2E_CHROMIUM points elsewhere on a machine that keeps it somewhere else. */
  public static final Path EXECUTABLE = Paths.get(
      System.getenv().getOrDefault("STRONGROOM_E2E_CHROMIUM", "/usr/bin/chromium"));

  /**
   * No sandbox: the tests run as root in a container, where Chromium's sandbox cannot start. The
   * rest keep a headless run quiet and offline: no GPU, no QUIC, no first-run, update or sync traffic.
   */
  static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");

  private Chromium() {}

  /** Fails, never skips (CI or not), when the browser is missing: a silent skip would hide every UI test. */
  public static void requireInstalled() {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new AssertionError("no Chromium at " + EXECUTABLE + ": the browser tests need Debian's package"
          + " (apt-get install -y chromium; .ci/run does it), or STRONGROOM_E2E_CHROMIUM set to another binary");
    }
  }

  public static Browser launch(Playwright playwright) {
    requireInstalled();
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(ARGS));
  }
}
