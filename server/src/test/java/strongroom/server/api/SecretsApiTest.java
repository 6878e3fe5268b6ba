package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.auth.Role;

/** The secrets routes end to end: create, read, update, conflict, versions, rollback, delete, restore, purge, audit. */
@ParameterizedClass
@EnumSource(Backend.class)
class SecretsApiTest extends ApiTestBase {
  @Test
  void crudRoundTrip_neverShowsAValue() {
    String admin = token(Role.ADMIN);
    String canary = Canaries.next();
    String body = "{\"name\":\"virustotal\",\"environment\":\"tenant_a\",\"type\":\"custom\",\"description\":\"vt\","
        + "\"tags\":{\"team\":\"soc\"},\"keys\":[{\"key\":\"VIRUSTOTAL_API_KEY\",\"value\":\"" + canary + "\"}]}";
    HttpResponse<String> created = call("POST", secretsPath(WS), admin, body);
    assertEquals(201, created.statusCode(), created::body);
    assertFalse(created.body().contains(canary));
    JsonNode secret = json(created);
    String id = secret.get("id").asText();
    String location = created.headers().firstValue("Location").orElseThrow();
    assertEquals(secretsPath(WS) + "/" + id, location);
    assertEquals("VIRUSTOTAL_API_KEY", secret.get("keys").get(0).asText());
    assertEquals(1, secret.get("version").asInt());

    HttpResponse<String> fetched = get(location, admin);
    assertEquals(200, fetched.statusCode());
    assertEquals("virustotal", json(fetched).get("name").asText());
    assertEquals(id, json(get(secretsPath(WS) + "/by-name/virustotal?environment=tenant_a", admin)).get("id").asText());

    HttpResponse<String> listed = get(secretsPath(WS) + "?environment=tenant_a&type=custom", admin);
    assertEquals(1, json(listed).get("secrets").size());
    assertFalse(listed.body().contains(canary));
    assertEquals(0, json(get(secretsPath(WS) + "?name=nothing-here", admin)).get("secrets").size());
    assertTrue(json(get("/api/v1/workspaces/default/environments", admin)).get("environments").toString()
        .contains("tenant_a"));

    String patch = "{\"description\":\"VirusTotal\",\"expected_version\":1,"
        + "\"keys\":[{\"key\":\"VIRUSTOTAL_API_KEY\",\"value\":\"" + Canaries.next() + "\"}]}";
    HttpResponse<String> updated = call("PATCH", location, admin, patch);
    assertEquals(200, updated.statusCode(), updated::body);
    assertEquals(2, json(updated).get("version").asInt());
    assertEquals("VirusTotal", json(updated).get("description").asText());

    JsonNode versions = json(get(location + "/versions", admin)).get("versions");
    assertEquals(2, versions.size());
    HttpResponse<String> rolledBack = call("POST", location + "/rollback", admin, "{\"to\":1,\"expected_version\":2}");
    assertEquals(200, rolledBack.statusCode(), rolledBack::body);
    assertEquals(3, json(rolledBack).get("version").asInt());

    assertEquals(204, call("DELETE", location, admin, null).statusCode());
    assertError(get(location, admin), 404, "NOT_FOUND");
    assertEquals(1, json(get(secretsPath(WS) + "?deleted=true&name=virustotal", admin)).get("secrets").size());
    HttpResponse<String> restored = call("POST", location + "/restore", admin, null);
    assertEquals(200, restored.statusCode(), restored::body);
    assertEquals(200, get(location, admin).statusCode());

    assertError(call("POST", location + "/purge", admin, null), 409, "CONFLICT");
    assertEquals(204, call("DELETE", location, admin, null).statusCode());
    assertEquals(204, call("POST", location + "/purge", admin, null).statusCode());
    assertError(get(location, admin), 404, "NOT_FOUND");
  }

  @Test
  void staleExpectedVersion_is409_andChangesNothing() {
    String editor = token(Role.EDITOR);
    String location = call("POST", secretsPath(WS), editor, createBody("stale_check", "default"))
        .headers().firstValue("Location").orElseThrow();
    String fresh = "{\"expected_version\":1,\"keys\":[{\"key\":\"API_KEY\",\"value\":\"" + Canaries.next() + "\"}]}";
    assertEquals(200, call("PATCH", location, editor, fresh).statusCode());
    String stale = "{\"expected_version\":1,\"keys\":[{\"key\":\"API_KEY\",\"value\":\"" + Canaries.next() + "\"}]}";
    assertError(call("PATCH", location, editor, stale), 409, "STALE_VERSION");
    assertEquals(2, json(get(location, editor)).get("version").asInt());
  }

  @Test
  void duplicate_is409() {
    String editor = token(Role.EDITOR);
    assertEquals(201, call("POST", secretsPath(WS), editor, createBody("twice", "default")).statusCode());
    assertError(call("POST", secretsPath(WS), editor, createBody("twice", "default")), 409, "CONFLICT");
  }

  @Test
  void secretOfAnotherWorkspace_isNotFoundById() {
    String other = token("other", Role.ADMIN);
    String location = call("POST", secretsPath("other"), other, createBody("theirs", "default"))
        .headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    assertError(get(secretsPath(WS) + "/" + id, token(Role.ADMIN)), 404, "NOT_FOUND");
  }

  @Test
  void audit_recordsTheTokenAsActor_andFilters() {
    var issued = tokens.create(WS, Role.ADMIN, null, "operator:test");
    String admin = issued.revealToken();
    String tokenId = issued.token().id();
    call("POST", secretsPath(WS), admin, createBody("audited", "default"));
    call("POST", secretsPath(WS), admin, createBody("audited_too", "default"));
    JsonNode events = json(get("/api/v1/workspaces/default/audit?secret=audited&actor=token:" + tokenId, admin))
        .get("events");
    assertEquals(1, events.size(), events::toString);
    assertEquals("create", events.get(0).get("action").asText());
    assertEquals("token:" + tokenId, events.get(0).get("actor").asText());
    List<String> names = new ArrayList<>();
    json(get("/api/v1/workspaces/default/audit?since=2000-01-01T00:00:00Z", admin)).get("events")
        .forEach(e -> names.add(e.get("secret").asText()));
    assertTrue(names.contains("audited_too"), names::toString);
    assertEquals(0, json(get("/api/v1/workspaces/default/audit?until=2000-01-01T00:00:00Z", admin))
        .get("events").size());
  }
}
