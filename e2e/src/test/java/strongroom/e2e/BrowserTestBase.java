package strongroom.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotCaret;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.StoreFixture;
import strongroom.server.MutableClock;
import strongroom.server.StrongroomServer;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.FirstRun;
import strongroom.server.auth.Role;
import strongroom.server.auth.Users;

/**
 * A real server over a fresh store per test class and backend, one headless Chromium per class, and a
 * fresh browser context and page per test, watched by {@link PageWatch}. Subclasses add
 * {@code @ParameterizedClass @EnumSource(Backend.class)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {
  protected static final String WS = "default";
  /** A second workspace, for scenarios that must not see across workspaces. */
  protected static final String OTHER_WS = "other";
  private static final Path SCREENSHOTS = Paths.get(System.getProperty("strongroom.e2e.screenshots",
      "target/screenshots"));

  private static Playwright playwright;
  private static Browser browser;

  /** From the subclass's {@code @ParameterizedClass @EnumSource(Backend.class)}. */
  @Parameter
  protected Backend backend;
  protected final MutableClock clock = new MutableClock();
  protected StoreFixture fixture;
  protected SecretStore store;
  protected Users users;
  protected ApiTokens tokens;
  /** The first-run owner ({@code admin}), admin in every workspace. */
  protected TestUser admin;
  protected BrowserContext context;
  protected Page page;
  protected PageWatch watch;
  private StrongroomServer server;
  private Path tempDir;
  private final AtomicInteger userCount = new AtomicInteger();

  /** Keeps a picture of the page as it was when a test failed, before the page is closed. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure = ctx -> {
    if (ctx.getExecutionException().isPresent() && page != null && !page.isClosed()) {
      screenshot("FAILED-" + ctx.getRequiredTestMethod().getName());
    }
  };

  @BeforeAll
  static void launchBrowser() throws IOException {
    Chromium.requireInstalled();
    String driverDir = System.getProperty("playwright.driver.tmpdir");
    if (driverDir != null) {
      // Playwright makes its folder inside this one, but not this one itself.
      Files.createDirectories(Paths.get(driverDir));
    }
    // Also set here, not only by surefire: a run from an IDE must not download a browser either.
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  @BeforeParameterizedClassInvocation
  void startServer(Backend backend) throws IOException {
    tempDir = Files.createTempDirectory("strongroom-e2e");
    fixture = new StoreFixture(backend, tempDir);
    store = fixture.store();
    store.workspaces().create(OTHER_WS);
    users = new Users(store, clock);
    tokens = new ApiTokens(store, clock);
    // The same path a real first start takes; its notice goes nowhere, and holds no password anyway.
    admin = new TestUser(FirstRun.ADMIN, Canaries.next());
    FirstRun.ensureAdmin(users, admin.password(), new PrintWriter(new StringWriter()));
    server = StrongroomServer.start("127.0.0.1", 0, store, clock);
  }

  @AfterParameterizedClassInvocation
  void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
    if (fixture != null) {
      fixture.close();
    }
    try (var walk = Files.walk(tempDir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @BeforeEach
  void openPage() {
    context = newContext();
    watch = PageWatch.attach(context);
    page = context.newPage();
  }

  /** A fresh context on the server's base URL; the caller closes it. Each test already has {@link #context}. */
  protected BrowserContext newContext() {
    BrowserContext created = browser.newContext(new Browser.NewContextOptions()
        .setBaseURL(baseUrl())
        .setViewportSize(1280, 800)
        .setLocale("en-US")
        .setTimezoneId("UTC"));
    // Short enough that a missing element fails fast, long enough for a loaded 2-core machine.
    created.setDefaultTimeout(15_000);
    return created;
  }

  @AfterEach
  void closePage() {
    try {
      if (!page.isClosed()) {
        // Lets responses still in flight finish, so their bodies are checked too.
        page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(5_000));
      }
      context.cookies(); // a round trip, so events already sent are dispatched to the watch
    } catch (PlaywrightException e) {
      // a page that crashed or never loaded: the test has failed already, or the watch tells
    } finally {
      watch.close();
      context.close();
    }
    watch.assertNoLeaks();
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** An absolute URL on the server; {@code page.navigate("/path")} works too (the context's base URL). */
  protected String url(String path) {
    return baseUrl() + path;
  }

  /** A new user with {@code role} in {@code workspace}, and a canary password. */
  protected TestUser createUser(String workspace, Role role) {
    TestUser user = new TestUser(role.wireName() + "-" + userCount.incrementAndGet(), Canaries.next());
    users.create(user.username(), user.password().toCharArray(), false);
    users.addMembership(user.username(), workspace, role);
    return user;
  }

  protected TestUser createUser(Role role) {
    return createUser(WS, role);
  }

  /** A user who belongs to no workspace. */
  protected TestUser createUserWithoutWorkspace() {
    TestUser user = new TestUser("nobody-" + userCount.incrementAndGet(), Canaries.next());
    users.create(user.username(), user.password().toCharArray(), false);
    return user;
  }

  /**
   * Logs in through {@code POST /api/v1/login} on the context's own request client, which shares the
   * browser's cookie jar: the page is then logged in. Returns the session's CSRF token. For scenarios
   * that are not about the login form.
   */
  protected String loginViaApi(TestUser user) {
    APIResponse response = context.request().post(StrongroomServer.API + "/login",
        RequestOptions.create().setData(Map.of("username", user.username(), "password", user.password())));
    String body = response.text();
    Canaries.assertAbsent("login response", body + response.headersArray().stream().map(h -> h.name + ": " + h.value).toList());
    if (response.status() != 200) {
      throw new AssertionError("login as " + user.username() + " answered " + response.status());
    }
    try {
      JsonNode json = new ObjectMapper().readTree(body);
      return json.get("csrf_token").asText();
    } catch (IOException e) {
      throw new AssertionError("login answered no JSON", e);
    }
  }

  /** An API token with {@code role} in {@code workspace}, for setting state up over HTTP. */
  protected String apiToken(String workspace, Role role) {
    return tokens.create(workspace, role, null, "operator:e2e").revealToken();
  }

  /** Stores a secret with one key {@code API_KEY} holding a fresh canary; returns the canary. */
  protected String plantSecret(String workspace, String name, String environment) {
    String value = Canaries.next();
    store.secrets().create(workspace, NewSecret.custom(name, environment, List.of(KeyInput.of("API_KEY", value))),
        Actor.operator("e2e"));
    return value;
  }

  protected String plantSecret(String name) {
    return plantSecret(WS, name, "default");
  }

  /** A full-page PNG at {@code target/screenshots/<backend>-<name>.png}; returns its path. */
  protected Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(backend.name().toLowerCase(Locale.ROOT) + "-" + name + ".png");
    // Caret INITIAL: hiding the caret makes Playwright leave style="" on inputs, which htmx then copies
    // onto swapped-in elements, a script-set inline style the CSP rightly refuses.
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setCaret(ScreenshotCaret.INITIAL));
    return file;
  }

  /** Fails when the browser logged a console error, an uncaught error or a CSP violation. */
  protected void assertNoConsoleErrors() {
    watch.assertNoConsoleErrors();
  }
}
