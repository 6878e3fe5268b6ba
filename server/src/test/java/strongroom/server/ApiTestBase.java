package strongroom.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.StoreFixture;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.Role;
import strongroom.server.http.Json;

/**
 * A real server on an ephemeral port over a fresh store, one per test class and backend. Every
 * response passing through {@link #call} is checked for planted canary values, body and headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestBase {
  protected static final String WS = "default";

  /** From the subclass's {@code @ParameterizedClass @EnumSource(Backend.class)}. */
  @Parameter
  protected Backend backend;
  protected final MutableClock clock = new MutableClock();
  protected final HttpClient http = HttpClient.newHttpClient();
  protected StoreFixture fixture;
  protected SecretStore store;
  protected ApiTokens tokens;
  private StrongroomServer server;
  private Path tempDir;

  @BeforeParameterizedClassInvocation
  void startServer(Backend backend) throws IOException {
    tempDir = Files.createTempDirectory("strongroom-server-test");
    fixture = new StoreFixture(backend, tempDir);
    store = fixture.store();
    store.workspaces().create("other");
    tokens = new ApiTokens(store, clock);
    server = StrongroomServer.start("127.0.0.1", 0, store, clock);
  }

  @AfterParameterizedClassInvocation
  void stopServer() throws IOException {
    server.close();
    fixture.close();
    try (var walk = Files.walk(tempDir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A fresh token for {@code workspace} with {@code role}, never expiring. */
  protected String token(String workspace, Role role) {
    return tokens.create(workspace, role, null, "operator:test").revealToken();
  }

  protected String token(Role role) {
    return token(WS, role);
  }

  protected HttpResponse<String> get(String path, String token) {
    return call("GET", path, token, null);
  }

  /** Sends a request (a null token sends no Authorization) and checks the response leaks no canary. */
  protected HttpResponse<String> call(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return sendChecked(http, request.build(), method + " " + path);
  }

  protected static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: status " + response.statusCode(), e);
    }
  }

  /** Asserts the status and the error body's code; returns the error object. */
  protected static JsonNode assertError(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), () -> "status; body " + response.body());
    JsonNode error = json(response).get("error");
    assertEquals(code, error.get("code").asText(), response::body);
    return error;
  }

  protected static String secretsPath(String workspace) {
    return "/api/v1/workspaces/" + workspace + "/secrets";
  }

  /** A create body with one key holding a fresh canary. */
  protected static String createBody(String name, String environment) {
    return "{\"name\":\"" + name + "\",\"environment\":\"" + environment + "\",\"type\":\"custom\","
        + "\"description\":\"test\",\"tags\":{\"team\":\"soc\"},"
        + "\"keys\":[{\"key\":\"API_KEY\",\"value\":\"" + Canaries.next() + "\"}]}";
  }

  /** Sends a request and fails if its response body or headers hold any planted canary. */
  public static HttpResponse<String> sendChecked(HttpClient http, HttpRequest request, String what) {
    try {
      HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
      Canaries.assertAbsent(what + " response body", response.body());
      Canaries.assertAbsent(what + " response headers", response.headers().map().toString());
      return response;
    } catch (IOException e) {
      throw new AssertionError("request failed: " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
