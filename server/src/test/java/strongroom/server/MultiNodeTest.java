package strongroom.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.SecretValue;
import strongroom.secrets.service.KeyService;
import strongroom.secrets.service.RotationResult;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.StoreFixture;
import strongroom.server.auth.ApiTokens;
import strongroom.server.auth.Role;
import strongroom.server.auth.Sessions;
import strongroom.server.auth.Users;
import strongroom.server.http.Json;

/**
 * Two servers, each with its own store (pool, keyring cache), on one PostgreSQL schema and one root
 * key file, as two {@code strongroom serve} processes behind a load balancer: tokens, sessions and
 * secrets made through one work on the other, and a key rotation on one leaves the other serving.
 */
class MultiNodeTest {
  private static final String WS = "default";
  private static final String SECRETS = "/api/v1/workspaces/default/secrets";

  @TempDir
  Path tempDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private StoreFixture fixture;
  private SecretStore storeA;
  private SecretStore storeB;
  private StrongroomServer serverA;
  private StrongroomServer serverB;

  @BeforeEach
  void start() {
    fixture = new StoreFixture(Backend.POSTGRESQL, tempDir);
    storeA = fixture.store();
    storeB = SecretStore.open(fixture.config());
    serverA = StrongroomServer.start("127.0.0.1", 0, storeA, Clock.systemUTC());
    serverB = StrongroomServer.start("127.0.0.1", 0, storeB, Clock.systemUTC());
    assertNotEquals(serverA.port(), serverB.port());
  }

  @AfterEach
  void stop() {
    if (serverB != null) {
      serverB.close();
    }
    if (serverA != null) {
      serverA.close();
    }
    if (storeB != null) {
      storeB.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private String url(StrongroomServer server, String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private HttpResponse<String> call(StrongroomServer server, String method, String path, Map<String, String> headers,
      String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(server, path)))
        .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    headers.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return ApiTestBase.sendChecked(http, request.build(), method + " " + path);
  }

  private HttpResponse<String> bearer(StrongroomServer server, String method, String path, String token, String body) {
    return call(server, method, path, Map.of("Authorization", "Bearer " + token), body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: status " + response.statusCode(), e);
    }
  }

  private static String createBody(String name, String value) {
    return "{\"name\":\"" + name + "\",\"keys\":[{\"key\":\"API_KEY\",\"value\":\"" + value + "\"}]}";
  }

  private String operatorToken(Role role) {
    return new ApiTokens(storeA, Clock.systemUTC()).create(WS, role, null, "operator:test").revealToken();
  }

  /** The value of {@code name}'s API_KEY as {@code store} resolves it. */
  private static boolean resolvesTo(SecretStore store, String name, String expected) {
    try (ResolvedSecrets resolved = store.resolver().resolve(WS, "default", Set.of(name), Actor.system())) {
      return resolved.value(name, "API_KEY").sameAs(SecretValue.of(expected));
    }
  }

  @Test
  void tokenMadeThroughOne_worksOnTheOther() {
    String admin = operatorToken(Role.ADMIN);
    HttpResponse<String> made = bearer(serverA, "POST", "/api/v1/workspaces/default/tokens", admin,
        "{\"role\":\"editor\"}");
    assertEquals(201, made.statusCode(), made::body);
    String editor = json(made).get("token").asText();
    String tokenId = json(made).get("id").asText();
    assertEquals(200, bearer(serverB, "GET", SECRETS, editor, null).statusCode());
    assertEquals(201, bearer(serverB, "POST", SECRETS, editor, createBody("made_on_b", Canaries.next())).statusCode());
    // Revoked through B, refused by A at once: no node caches a token.
    assertEquals(204, bearer(serverB, "DELETE", "/api/v1/workspaces/default/tokens/" + tokenId, admin, null)
        .statusCode());
    assertEquals(401, bearer(serverA, "GET", SECRETS, editor, null).statusCode());
  }

  @Test
  void sessionLoggedInOnOne_worksOnTheOther() {
    Users users = new Users(storeA, Clock.systemUTC());
    String password = Canaries.next();
    users.create("nodeuser", password.toCharArray(), false);
    users.addMembership("nodeuser", WS, Role.EDITOR);
    HttpResponse<String> login = call(serverA, "POST", "/api/v1/login", Map.of(),
        "{\"username\":\"nodeuser\",\"password\":\"" + password + "\"}");
    assertEquals(200, login.statusCode(), login::body);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = Sessions.COOKIE + "=" + setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    String csrf = json(login).get("csrf_token").asText();
    assertEquals(200, call(serverB, "GET", SECRETS, Map.of("Cookie", cookie), null).statusCode());
    assertEquals(403, call(serverB, "POST", SECRETS, Map.of("Cookie", cookie), createBody("no_csrf", Canaries.next()))
        .statusCode());
    HttpResponse<String> created = call(serverB, "POST", SECRETS, Map.of("Cookie", cookie, "X-CSRF-Token", csrf),
        createBody("by_session", Canaries.next()));
    assertEquals(201, created.statusCode(), created::body);
    assertEquals("user:nodeuser", json(created).get("created_by").asText());
    // Logged out through B: A no longer knows the session.
    assertEquals(204, call(serverB, "POST", "/api/v1/logout", Map.of("Cookie", cookie, "X-CSRF-Token", csrf), null)
        .statusCode());
    assertEquals(401, call(serverA, "GET", SECRETS, Map.of("Cookie", cookie), null).statusCode());
  }

  @Test
  void secretWrittenOnOne_resolvesAndListsOnTheOther() {
    String editor = operatorToken(Role.EDITOR);
    String value = Canaries.next();
    HttpResponse<String> created = bearer(serverA, "POST", SECRETS, editor, createBody("shared_db", value));
    assertEquals(201, created.statusCode(), created::body);
    String id = json(created).get("id").asText();
    assertEquals(200, bearer(serverB, "GET", SECRETS + "/" + id, editor, null).statusCode());
    assertEquals(200, bearer(serverB, "GET", SECRETS + "/by-name/shared_db", editor, null).statusCode());
    assertTrue(json(bearer(serverB, "GET", SECRETS + "?name=shared_db", editor, null)).get("secrets").toString()
        .contains(id));
    assertTrue(resolvesTo(storeB, "shared_db", value), "B resolves the value A wrote");
    // And the other way round, after an update through B.
    String newer = Canaries.next();
    HttpResponse<String> updated = bearer(serverB, "PATCH", SECRETS + "/" + id, editor,
        "{\"keys\":[{\"key\":\"API_KEY\",\"value\":\"" + newer + "\"}],\"expected_version\":1}");
    assertEquals(200, updated.statusCode(), updated::body);
    assertTrue(resolvesTo(storeA, "shared_db", newer), "A resolves the value B wrote");
    assertEquals(409, bearer(serverA, "PATCH", SECRETS + "/" + id, editor, "{\"description\":\"x\",\"expected_version\":1}")
        .statusCode());
  }

  @Test
  void rotationOnOne_leavesTheOtherServing() throws Exception {
    int count = 600;
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = "bulk_" + i;
      String value = Canaries.next();
      storeA.secrets().create(WS, NewSecret.custom(name, "default", List.of(KeyInput.of("API_KEY", value))),
          Actor.operator("test"));
      values.put(name, value);
    }
    String editor = operatorToken(Role.EDITOR);
    int before = storeA.keys().status().primary();
    AtomicInteger progressCalls = new AtomicInteger();
    KeyService.Progress slow = (done, total) -> {
      progressCalls.incrementAndGet();
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    CompletableFuture<RotationResult> rotation = CompletableFuture.supplyAsync(
        () -> storeA.keys().rotate(Actor.operator("test"), slow));
    List<String> failures = new ArrayList<>();
    int requests = 0;
    int written = 0;
    while (!rotation.isDone()) {
      String name = "bulk_" + (requests % count);
      HttpResponse<String> read = bearer(serverB, "GET", SECRETS + "/by-name/" + name, editor, null);
      if (read.statusCode() != 200) {
        failures.add("GET " + name + " -> " + read.statusCode() + " " + read.body());
      }
      if (!resolvesTo(storeB, name, values.get(name))) {
        failures.add("B resolved a wrong value of " + name);
      }
      String fresh = "during_" + written++;
      String value = Canaries.next();
      HttpResponse<String> write = bearer(serverB, "POST", SECRETS, editor, createBody(fresh, value));
      if (write.statusCode() != 201) {
        failures.add("POST " + fresh + " -> " + write.statusCode() + " " + write.body());
      } else {
        values.put(fresh, value);
      }
      HttpResponse<String> list = bearer(serverB, "GET", SECRETS + "?name=" + name, editor, null);
      if (list.statusCode() != 200) {
        failures.add("GET list -> " + list.statusCode());
      }
      requests++;
    }
    RotationResult result = rotation.get(30, TimeUnit.SECONDS);
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    assertTrue(requests >= 5, "B served only " + requests + " rounds during the rotation");
    assertTrue(progressCalls.get() >= 3, "rotation went batch by batch");
    assertEquals(before + 1, result.primary());
    assertTrue(result.rewrapped() >= count, "rewrapped " + result.rewrapped());
    assertEquals(0, result.corrupted());
    assertFalse(result.resumed());
    // Afterwards both nodes read every secret, the ones B wrote during the rotation included.
    for (SecretStore store : List.of(storeA, storeB)) {
      try (ResolvedSecrets resolved = store.resolver().resolve(WS, "default", values.keySet(), Actor.system())) {
        for (Map.Entry<String, String> e : values.entrySet()) {
          assertTrue(resolved.value(e.getKey(), "API_KEY").sameAs(SecretValue.of(e.getValue())),
              () -> "wrong value of " + e.getKey());
        }
      }
    }
    assertEquals(200, bearer(serverA, "GET", SECRETS + "/by-name/during_0", editor, null).statusCode());
  }
}
