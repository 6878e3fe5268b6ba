package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;
import strongroom.server.ApiTestBase;
import strongroom.server.auth.Role;

/**
 * The bad-input suite: every case is one request over real HTTP, sent with an admin token (so no
 * case is refused for its role), whose body carries a fresh canary. Each must get a 4xx JSON error
 * {@code {"error": {code, message, details}}} with the expected status and code, must not quote the
 * canary (body or headers), and must leave the row counts of every table a request could write
 * unchanged.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BadInputCasesTest extends ApiTestBase {
  private static final String SECRETS = "/api/v1/workspaces/default/secrets";
  private static final String WORKFLOWS = "/api/v1/workspaces/default/workflows";
  private static final String TOKENS = "/api/v1/workspaces/default/tokens";
  private static final String MEMBERS = "/api/v1/workspaces/default/members";
  private static final String AUDIT = "/api/v1/workspaces/default/audit";
  private static final String JSON = "application/json";
  private static final String YAML = "application/yaml";
  /** Placeholders in a case's path, filled once the fixture exists. */
  private static final String SECRET_ID = "{secret}";
  private static final String WORKFLOW_ID = "{workflow}";
  private static final List<String> TABLES = List.of("secrets", "secret_versions", "audit_events", "workflows",
      "workflow_runs", "api_tokens", "memberships", "users", "sessions");

  /**
   * One bad request. {@code latin1} sends the body's chars as single bytes (to make invalid UTF-8);
   * a null content type sends none.
   */
  record Case(String name, String method, String path, String contentType, String body, boolean latin1,
      int status, String code, String canary) {
    @Override
    public String toString() {
      return name;
    }
  }

  private String admin;
  /** The server the fixture was made on: one instance may serve both backends' invocations. */
  private String fixtureFor;
  private String secretPath;
  private String workflowId;

  @BeforeEach
  void fixture() {
    if (baseUrl().equals(fixtureFor)) {
      return;
    }
    fixtureFor = baseUrl();
    admin = token(Role.ADMIN);
    HttpResponse<String> created = call("POST", secretsPath(WS), admin, createBody("target", "default"));
    assertEquals(201, created.statusCode(), created::body);
    secretPath = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> saved = send("POST", WORKFLOWS, YAML, workflow("target_flow", "target",
        "Bearer"), false);
    assertEquals(201, saved.statusCode(), saved::body);
    workflowId = json(saved).get("id").asText();
  }

  private static String workflow(String alias, String secret, String prefix) {
    return "title: Target\nalias: " + alias + "\nactions:\n"
        + "  - ref: shape\n    action: core.transform.reshape\n"
        + "    args: {value: \"" + prefix + " ${{ SECRETS." + secret + ".API_KEY }}\"}\n"
        + "returns: \"${{ ACTIONS.shape.result }}\"\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badRequest_is4xxJson_quotesNothing_writesNothing(Case c) {
    Map<String, Long> before = counts();
    String path = c.path().replace(SECRET_ID, secretPath.substring(SECRETS.length() + 1))
        .replace(WORKFLOW_ID, workflowId);
    HttpResponse<String> response = send(c.method(), path, c.contentType(), c.body(), c.latin1());

    assertFalse(response.body().contains(c.canary()), "the response body quotes the request");
    assertFalse(response.headers().map().toString().contains(c.canary()), "the response headers quote the request");
    assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
        () -> "not a 4xx: " + response.statusCode() + " " + response.body());
    assertEquals(c.status(), response.statusCode(), () -> "status; body " + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> "content type " + response.headers().map());
    JsonNode error = json(response).get("error");
    assertTrue(error != null && error.isObject(), response::body);
    assertEquals(c.code(), error.path("code").asText(), response::body);
    assertTrue(error.path("message").isTextual() && !error.path("message").asText().isEmpty(), response::body);
    assertTrue(error.path("details").isArray(), response::body);
    assertEquals(before, counts(), "the request wrote rows");
  }

  private Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String table : TABLES) {
      Object n = Raw.query(store, "SELECT COUNT(*) AS n FROM " + table).get(0).values().iterator().next();
      out.put(table, ((Number) n).longValue());
    }
    return out;
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body, boolean latin1) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Authorization", "Bearer " + admin);
    if (body == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request.method(method, BodyPublishers.ofByteArray(body.getBytes(latin1 ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return sendChecked(http, request.build(), method + " " + path);
  }

  // ---- the cases ----

  private final List<Case> cases = new ArrayList<>();

  private void add(String name, String method, String path, String contentType, String body, int status,
      String code, String canary) {
    cases.add(new Case(name, method, path, contentType, body, false, status, code, canary));
  }

  /** A create-secret case: {@code template} has {@code %s} where the canary goes. */
  private void create(String name, String template, int status, String code) {
    String canary = Canaries.next();
    add(name, "POST", SECRETS, JSON, template.replace("%s", canary), status, code, canary);
  }

  private void json(String name, String method, String path, String template, int status, String code) {
    String canary = Canaries.next();
    add(name, method, path, JSON, template.replace("%s", canary), status, code, canary);
  }

  private static String keys(int n) {
    return IntStream.range(0, n).mapToObj(i -> "{\"key\":\"K" + i + "\",\"value\":\"%s\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  List<Case> cases() {
    cases.clear();
    String key = "[{\"key\":\"API_KEY\",\"value\":\"%s\"}]";
    String secret = SECRETS + "/" + SECRET_ID;
    String runs = WORKFLOWS + "/" + WORKFLOW_ID + "/runs";

    // Malformed JSON, several kinds.
    create("json: truncated object", "{\"name\":\"x\",\"keys\":" + key, 400, "MALFORMED_JSON");
    create("json: unterminated string", "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"%s", 400,
        "MALFORMED_JSON");
    create("json: trailing content", "{\"name\":\"x\",\"keys\":" + key + "} {\"%s\":1}", 400, "MALFORMED_JSON");
    create("json: single quotes", "{'name':'x','keys':[{'key':'A','value':'%s'}]}", 400, "MALFORMED_JSON");
    create("json: trailing comma", "{\"name\":\"x\",\"keys\":" + key + ",}", 400, "MALFORMED_JSON");
    create("json: comment", "/* %s */ {\"name\":\"x\",\"keys\":" + key + "}", 400, "MALFORMED_JSON");
    create("json: NaN", "{\"name\":\"x\",\"description\":NaN,\"keys\":" + key + "}", 400, "MALFORMED_JSON");
    create("json: bare word", "%s", 400, "MALFORMED_JSON");
    create("json: literal null", "null", 400, "MALFORMED_JSON");
    add("json: empty body", "POST", SECRETS, JSON, "", 400, "MALFORMED_JSON", Canaries.next());
    String badUtf8 = Canaries.next();
    cases.add(new Case("json: invalid UTF-8", "POST", SECRETS, JSON,
        "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"" + badUtf8 + "\u00ff\u00fe\"}]}", true, 400,
        "MALFORMED_JSON", badUtf8));

    // Wrong types for every create field.
    create("type: body is an array", key, 400, "WRONG_TYPE");
    create("type: body is a string", "\"%s\"", 400, "WRONG_TYPE");
    create("type: name number", "{\"name\":1,\"keys\":" + key + "}", 400, "WRONG_TYPE");
    create("type: name boolean", "{\"name\":true,\"keys\":" + key + "}", 400, "WRONG_TYPE");
    create("type: name object", "{\"name\":{\"a\":\"%s\"},\"keys\":" + key + "}", 400, "WRONG_TYPE");
    create("type: environment array", "{\"name\":\"x\",\"environment\":[\"%s\"],\"keys\":" + key + "}", 400,
        "WRONG_TYPE");
    create("type: type number", "{\"name\":\"x\",\"type\":7,\"keys\":" + key + "}", 400, "WRONG_TYPE");
    create("type: description number", "{\"name\":\"x\",\"description\":1.5,\"keys\":" + key + "}", 400,
        "WRONG_TYPE");
    create("type: tags array", "{\"name\":\"x\",\"tags\":[\"%s\"],\"keys\":" + key + "}", 400, "WRONG_TYPE");
    create("type: tag value number", "{\"name\":\"x\",\"tags\":{\"team\":1},\"keys\":" + key + "}", 400,
        "WRONG_TYPE");
    create("type: keys object", "{\"name\":\"x\",\"keys\":{\"key\":\"A\",\"value\":\"%s\"}}", 400, "WRONG_TYPE");
    create("type: keys string", "{\"name\":\"x\",\"keys\":\"%s\"}", 400, "WRONG_TYPE");
    create("type: key entry string", "{\"name\":\"x\",\"keys\":[\"%s\"]}", 400, "WRONG_TYPE");
    create("type: key name number", "{\"name\":\"x\",\"keys\":[{\"key\":5,\"value\":\"%s\"}]}", 400, "WRONG_TYPE");
    create("type: key value number", "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":12345},"
        + "{\"key\":\"B\",\"value\":\"%s\"}]}", 400, "WRONG_TYPE");
    create("type: key value object", "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":{\"v\":\"%s\"}}]}", 400,
        "WRONG_TYPE");

    // Unknown fields.
    create("unknown: top-level field named like a value", "{\"name\":\"x\",\"%s\":1,\"keys\":" + key + "}", 400,
        "UNKNOWN_FIELD");
    create("unknown: field inside a key", "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"%s\",\"x\":1}]}",
        400, "UNKNOWN_FIELD");
    create("unknown: version on create", "{\"name\":\"x\",\"version\":3,\"keys\":" + key + "}", 400,
        "UNKNOWN_FIELD");

    // Invalid names, environments, keys, types; empty and oversized values; too many keys.
    create("invalid: name", "{\"name\":\"Bad Name!\",\"keys\":" + key + "}", 422, "INVALID_INPUT");
    create("invalid: name too long", "{\"name\":\"" + "n".repeat(300) + "\",\"keys\":" + key + "}", 422,
        "INVALID_INPUT");
    create("invalid: name missing", "{\"keys\":" + key + "}", 422, "INVALID_INPUT");
    create("invalid: environment", "{\"name\":\"x\",\"environment\":\"no spaces\",\"keys\":" + key + "}", 422,
        "INVALID_INPUT");
    create("invalid: key name", "{\"name\":\"x\",\"keys\":[{\"key\":\"bad key\",\"value\":\"%s\"}]}", 422,
        "INVALID_INPUT");
    create("invalid: key name missing", "{\"name\":\"x\",\"keys\":[{\"value\":\"%s\"}]}", 422, "INVALID_INPUT");
    create("invalid: duplicate key", "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"%s\"},"
        + "{\"key\":\"A\",\"value\":\"%s\"}]}", 422, "INVALID_INPUT");
    create("invalid: null key entry", "{\"name\":\"x\",\"keys\":[null,{\"key\":\"A\",\"value\":\"%s\"}]}", 422,
        "INVALID_INPUT");
    create("invalid: unknown type", "{\"name\":\"x\",\"type\":\"%s\",\"keys\":" + key + "}", 422, "INVALID_INPUT");
    create("invalid: no keys field", "{\"name\":\"x\",\"description\":\"%s\"}", 422, "INVALID_INPUT");
    create("invalid: empty keys list", "{\"name\":\"x\",\"description\":\"%s\",\"keys\":[]}", 422, "INVALID_INPUT");
    create("invalid: empty value", "{\"name\":\"x\",\"description\":\"%s\",\"keys\":[{\"key\":\"A\",\"value\":\"\"}]}",
        422, "INVALID_INPUT");
    create("invalid: value over 64 KiB", "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"%s"
        + "v".repeat(64 * 1024) + "\"}]}", 422, "INVALID_INPUT");
    create("invalid: 101 keys", "{\"name\":\"x\",\"keys\":" + keys(101) + "}", 422, "INVALID_INPUT");
    create("invalid: description over 1000", "{\"name\":\"x\",\"description\":\"" + "d".repeat(1001)
        + "\",\"keys\":" + key + "}", 422, "INVALID_INPUT");
    create("invalid: 51 tags", "{\"name\":\"x\",\"tags\":" + IntStream.range(0, 51).mapToObj(i -> "\"t" + i + "\":\"v\"")
        .collect(Collectors.joining(",", "{", "}")) + ",\"keys\":" + key + "}", 422, "INVALID_INPUT");
    create("size: body over 1 MiB", "{\"name\":\"x\",\"keys\":[{\"key\":\"A\",\"value\":\"%s"
        + "x".repeat(1024 * 1024) + "\"}]}", 413, "PAYLOAD_TOO_LARGE");

    // Wrong content types.
    String formCanary = Canaries.next();
    add("content type: form body on a JSON route", "POST", SECRETS, "application/x-www-form-urlencoded",
        "name=x&value=" + formCanary, 400, "MALFORMED_JSON", formCanary);
    String plainCanary = Canaries.next();
    add("content type: workflow as text/plain", "POST", WORKFLOWS, "text/plain", workflow("plain", "target",
        plainCanary), 415, "UNSUPPORTED_MEDIA_TYPE", plainCanary);
    String noTypeCanary = Canaries.next();
    add("content type: workflow without one", "POST", WORKFLOWS, null, workflow("untyped", "target", noTypeCanary),
        415, "UNSUPPORTED_MEDIA_TYPE", noTypeCanary);
    String putTypeCanary = Canaries.next();
    add("content type: workflow PUT as form", "PUT", WORKFLOWS + "/" + WORKFLOW_ID,
        "application/x-www-form-urlencoded", workflow("target_flow", "target", putTypeCanary), 415,
        "UNSUPPORTED_MEDIA_TYPE", putTypeCanary);

    // Bad query parameters.
    String q = Canaries.next();
    add("query: list type", "GET", SECRETS + "?type=" + q, null, null, 422, "INVALID_INPUT", q);
    q = Canaries.next();
    add("query: audit since", "GET", AUDIT + "?since=" + q, null, null, 422, "INVALID_INPUT", q);
    q = Canaries.next();
    add("query: audit until", "GET", AUDIT + "?until=2026-13-45T99:00:00Z&x=" + q, null, null, 422,
        "INVALID_INPUT", q);
    add("query: audit since without zone", "GET", AUDIT + "?since=2026-01-31T12:00:00", null, null, 422,
        "INVALID_INPUT", Canaries.next());
    add("query: audit limit 0", "GET", AUDIT + "?limit=0", null, null, 422, "INVALID_INPUT", Canaries.next());
    add("query: audit limit 1001", "GET", AUDIT + "?limit=1001", null, null, 422, "INVALID_INPUT",
        Canaries.next());
    q = Canaries.next();
    add("query: audit limit text", "GET", AUDIT + "?limit=" + q, null, null, 422, "INVALID_INPUT", q);
    add("query: audit limit overflow", "GET", AUDIT + "?limit=99999999999999999999", null, null, 422,
        "INVALID_INPUT", Canaries.next());
    add("query: runs limit negative", "GET", runs + "?limit=-1", null, null, 422, "INVALID_INPUT",
        Canaries.next());
    q = Canaries.next();
    add("query: runs limit text", "GET", runs + "?limit=" + q, null, null, 422, "INVALID_INPUT", q);

    // Bad path ids.
    add("path: unknown secret id", "GET", SECRETS + "/no-such-id", null, null, 404, "NOT_FOUND", Canaries.next());
    json("path: PATCH an unknown secret id", "PATCH", SECRETS + "/no-such-id",
        "{\"keys\":" + key + "}", 404, "NOT_FOUND");
    add("path: versions of an unknown secret", "GET", SECRETS + "/0000/versions", null, null, 404, "NOT_FOUND",
        Canaries.next());
    add("path: unknown workflow", "GET", WORKFLOWS + "/no-such-flow", null, null, 404, "NOT_FOUND",
        Canaries.next());
    json("path: run an unknown workflow", "POST", WORKFLOWS + "/no-such-flow/runs",
        "{\"inputs\":{\"x\":\"%s\"}}", 404, "NOT_FOUND");
    add("path: unknown run", "GET", runs + "/no-such-run", null, null, 404, "NOT_FOUND", Canaries.next());
    add("path: revoke an unknown token", "DELETE", TOKENS + "/no-such-token", null, null, 404, "NOT_FOUND",
        Canaries.next());
    add("path: unknown route", "GET", "/api/v1/workspaces/default/nothing", null, null, 404, "NOT_FOUND",
        Canaries.next());

    // PATCH with a bad expected_version, or a bad body.
    json("patch: expected_version text", "PATCH", secret, "{\"expected_version\":\"one\",\"keys\":" + key + "}",
        400, "WRONG_TYPE");
    json("patch: expected_version fraction", "PATCH", secret, "{\"expected_version\":1.5,\"keys\":" + key + "}",
        400, "WRONG_TYPE");
    json("patch: expected_version boolean", "PATCH", secret, "{\"expected_version\":true,\"keys\":" + key + "}",
        400, "WRONG_TYPE");
    json("patch: expected_version stale", "PATCH", secret, "{\"expected_version\":99,\"keys\":" + key + "}",
        409, "STALE_VERSION");
    json("patch: expected_version zero", "PATCH", secret, "{\"expected_version\":0,\"keys\":" + key + "}",
        409, "STALE_VERSION");
    json("patch: invalid name", "PATCH", secret, "{\"name\":\"NOPE NOPE\",\"keys\":" + key + "}", 422,
        "INVALID_INPUT");
    json("patch: 101 keys", "PATCH", secret, "{\"keys\":" + keys(101) + "}", 422, "INVALID_INPUT");
    json("patch: unknown field", "PATCH", secret, "{\"type\":\"%s\"}", 400, "UNKNOWN_FIELD");
    json("patch: malformed", "PATCH", secret, "{\"keys\":" + key, 400, "MALFORMED_JSON");

    // Rollback to a bad version.
    json("rollback: no target", "POST", secret + "/rollback", "{\"expected_version\":1}", 422, "INVALID_INPUT");
    json("rollback: to 0", "POST", secret + "/rollback", "{\"to\":0}", 422, "INVALID_INPUT");
    json("rollback: to a missing version", "POST", secret + "/rollback", "{\"to\":99}", 404, "NOT_FOUND");
    json("rollback: to text", "POST", secret + "/rollback", "{\"to\":\"%s\"}", 400, "WRONG_TYPE");
    json("rollback: stale expected_version", "POST", secret + "/rollback", "{\"to\":1,\"expected_version\":7}",
        409, "STALE_VERSION");
    json("rollback: unknown field", "POST", secret + "/rollback", "{\"to\":1,\"value\":\"%s\"}", 400,
        "UNKNOWN_FIELD");

    // Workflow bodies that do not parse, or do not validate.
    String wf = Canaries.next();
    add("workflow: YAML that does not parse", "POST", WORKFLOWS, YAML, "title: [" + wf + "\nactions: {", 422,
        "INVALID_WORKFLOW", wf);
    wf = Canaries.next();
    add("workflow: JSON that does not parse", "POST", WORKFLOWS, JSON, "{\"title\":\"" + wf + "\",", 422,
        "INVALID_WORKFLOW", wf);
    wf = Canaries.next();
    add("workflow: a YAML list", "POST", WORKFLOWS, YAML, "- " + wf + "\n- b\n", 422, "INVALID_WORKFLOW", wf);
    wf = Canaries.next();
    add("workflow: unknown action", "POST", WORKFLOWS, YAML, "title: T\nalias: unknown_action\nactions:\n"
        + "  - ref: a\n    action: no.such.action\n    args: {value: \"" + wf + "\"}\n", 422, "INVALID_WORKFLOW", wf);
    add("workflow: empty body", "POST", WORKFLOWS, YAML, "", 400, "MALFORMED_BODY", Canaries.next());
    String wfUtf8 = Canaries.next();
    cases.add(new Case("workflow: invalid UTF-8", "POST", WORKFLOWS, YAML, "title: " + wfUtf8 + "\u00ff\n", true,
        400, "MALFORMED_BODY", wfUtf8));
    wf = Canaries.next();
    add("workflow: over 1 MiB", "POST", WORKFLOWS, YAML, "title: T\n# " + wf + "x".repeat(1024 * 1024) + "\n", 413,
        "PAYLOAD_TOO_LARGE", wf);
    wf = Canaries.next();
    add("workflow: PUT with another alias", "PUT", WORKFLOWS + "/" + WORKFLOW_ID, YAML,
        workflow("other_alias", "target", wf), 422, "INVALID_INPUT", wf);
    wf = Canaries.next();
    add("workflow: duplicate alias", "POST", WORKFLOWS, YAML, workflow("target_flow", "target", wf), 409,
        "CONFLICT", wf);

    // Run bodies.
    json("run: inputs array", "POST", runs, "{\"inputs\":[\"%s\"]}", 400, "WRONG_TYPE");
    json("run: environment number", "POST", runs, "{\"inputs\":{\"a\":\"%s\"},\"environment\":5}", 400,
        "WRONG_TYPE");
    json("run: unknown field", "POST", runs, "{\"inputs\":{},\"%s\":true}", 400, "UNKNOWN_FIELD");
    json("run: inputs nested beyond 64 levels", "POST", runs, "{\"inputs\":{\"a\":" + "[".repeat(80) + "\"%s\""
        + "]".repeat(80) + "}}", 400, "MALFORMED_JSON");
    json("run: malformed", "POST", runs, "{\"inputs\":{\"a\":\"%s\"}", 400, "MALFORMED_JSON");
    json("run: invalid environment", "POST", runs, "{\"inputs\":{\"a\":\"%s\"},\"environment\":\"Bad Env\"}", 422,
        "INVALID_INPUT");

    // Token bodies.
    json("token: unknown field", "POST", TOKENS, "{\"expires_in\":\"30d\",\"note\":\"%s\"}", 400, "UNKNOWN_FIELD");
    json("token: no role", "POST", TOKENS, "{\"expires_in\":\"30d\"}", 422, "INVALID_INPUT");
    json("token: unknown role", "POST", TOKENS, "{\"role\":\"%s\"}", 422, "INVALID_INPUT");
    json("token: role number", "POST", TOKENS, "{\"role\":3}", 400, "WRONG_TYPE");
    json("token: expires_in words", "POST", TOKENS, "{\"role\":\"viewer\",\"expires_in\":\"%s\"}", 422,
        "INVALID_INPUT");
    json("token: expires_in number", "POST", TOKENS, "{\"role\":\"viewer\",\"expires_in\":30}", 400, "WRONG_TYPE");
    json("token: expires_in zero", "POST", TOKENS, "{\"role\":\"viewer\",\"expires_in\":\"0d\"}", 422,
        "INVALID_INPUT");
    json("token: malformed", "POST", TOKENS, "{\"role\":\"%s\"", 400, "MALFORMED_JSON");

    // Member bodies.
    json("member: unknown role", "PUT", MEMBERS + "/admin", "{\"role\":\"%s\"}", 422, "INVALID_INPUT");
    json("member: no role", "PUT", MEMBERS + "/admin", "{}", 422, "INVALID_INPUT");
    json("member: role array", "PUT", MEMBERS + "/admin", "{\"role\":[\"%s\"]}", 400, "WRONG_TYPE");
    json("member: unknown field", "PUT", MEMBERS + "/admin", "{\"role\":\"viewer\",\"password\":\"%s\"}", 400,
        "UNKNOWN_FIELD");
    json("member: malformed", "PUT", MEMBERS + "/admin", "{\"role\":", 400, "MALFORMED_JSON");
    json("member: unknown user", "PUT", MEMBERS + "/no-such-user", "{\"role\":\"viewer\"}", 404, "NOT_FOUND");
    return List.copyOf(cases);
  }
}
