package strongroom.server.api;

import static strongroom.server.api.SchemaBuilder.ANY;
import static strongroom.server.api.SchemaBuilder.BOOLEAN;
import static strongroom.server.api.SchemaBuilder.INTEGER;
import static strongroom.server.api.SchemaBuilder.STRING;
import static strongroom.server.api.SchemaBuilder.TIME;
import static strongroom.server.api.SchemaBuilder.array;
import static strongroom.server.api.SchemaBuilder.extend;
import static strongroom.server.api.SchemaBuilder.nullable;
import static strongroom.server.api.SchemaBuilder.object;
import static strongroom.server.api.SchemaBuilder.oneOf;
import static strongroom.server.api.SchemaBuilder.ref;
import static strongroom.server.api.SchemaBuilder.request;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import strongroom.engine.history.RunStatus;
import strongroom.secrets.SecretType;
import strongroom.server.auth.Role;

/**
 * The OpenAPI component schemas, each defined once and referenced by the operations. Request bodies
 * are derived from the records the handlers read; responses follow the views ({@link Views},
 * {@link WorkflowViews}, the resources' own), and OpenApiAndMetricsTest checks real responses
 * against them. No schema has a place for a secret value other than the request's {@code KeyValue}.
 */
final class ApiSchemas {
  private ApiSchemas() {}

  /** Name → schema, for {@code components.schemas}. */
  static Map<String, Object> all() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("Error", object("error", object("code", STRING, "message", STRING,
        "details", array(Map.of("type", "object", "additionalProperties", nullable(STRING))))));

    s.put("KeyValue", Map.of("type", "object", "required", List.of("key"), "additionalProperties", false,
        "properties", Map.of("key", STRING, "value", Map.of("type", "string", "format", "password", "writeOnly", true,
            "description", "never returned; empty or absent on update keeps the stored value"))));
    s.put("SecretCreate", request(SecretBodies.Create.class, "name", "keys"));
    s.put("SecretUpdate", request(SecretBodies.Update.class));
    s.put("SecretRollback", request(SecretBodies.Rollback.class, "to"));
    s.put("WorkspaceCreate", request(WorkspacesResource.NameBody.class, "name"));
    s.put("RunRequest", request(WorkflowsResource.RunBody.class));
    s.put("MemberSet", request(MembersResource.RoleBody.class, "role"));
    s.put("TokenCreate", request(TokensResource.CreateBody.class, "role"));
    s.put("WorkflowDefinition", Map.of("type", "object",
        "description", "a workflow definition (docs/workflows.md); also accepted as YAML text"));

    Map<String, Object> secret = object("id", STRING, "workspace_id", STRING, "name", STRING, "environment", STRING,
        "type", oneOf(Arrays.stream(SecretType.values()).map(SecretType::wireName)),
        "description", nullable(STRING), "tags", Map.of("type", "object", "additionalProperties", STRING),
        "keys", array(STRING), "version", INTEGER, "created_at", TIME, "created_by", STRING, "updated_at", TIME,
        "updated_by", STRING, "deleted_at", nullable(TIME), "corrupted", BOOLEAN);
    s.put("Secret", secret);
    s.put("SecretList", object("secrets", array(ref("Secret"))));
    s.put("VersionList", object("versions", array(object("version", INTEGER, "environment", STRING,
        "keys", array(STRING), "created_at", TIME, "created_by", STRING, "key_term", INTEGER))));
    s.put("EnvironmentList", object("environments", array(STRING)));
    s.put("AuditEventList", object("events", array(object("id", STRING, "at", TIME, "actor", STRING,
        "action", STRING, "outcome", oneOf(Stream.of("success", "failure")),
        "secret_id", nullable(STRING), "secret", nullable(STRING), "environment", nullable(STRING),
        "version", nullable(INTEGER), "detail", nullable(STRING)))));

    Map<String, Object> workflow = object("id", STRING, "workspace_id", STRING, "alias", STRING, "title", STRING,
        "created_at", TIME, "created_by", STRING, "updated_at", TIME, "updated_by", STRING);
    s.put("Workflow", workflow);
    s.put("WorkflowWithSource", extend(workflow, "source", STRING));
    s.put("WorkflowList", object("workflows", array(ref("Workflow"))));
    s.put("WorkflowSaved", extend(workflow, "created", BOOLEAN, "warnings", array(ref("Problem"))));
    s.put("Problem", object("severity", STRING, "code", STRING, "ref", nullable(STRING), "path", nullable(STRING),
        "message", STRING));

    Map<String, Object> status = oneOf(Arrays.stream(RunStatus.values()).map(RunStatus::wireName));
    s.put("ActionResult", object("ref", STRING, "iteration", INTEGER, "action", STRING, "status", status,
        "environment", nullable(STRING), "attempts", INTEGER, "result", ANY, "error", nullable(STRING),
        "logs", nullable(array(STRING)), "started_at", TIME, "finished_at", TIME));
    s.put("RunOutcome", object("id", STRING, "status", status, "environment", STRING, "result", ANY,
        "error", nullable(STRING), "actions", array(ref("ActionResult"))));
    Map<String, Object> run = object("id", STRING, "workflow_id", nullable(STRING), "workflow_alias", nullable(STRING),
        "parent_run_id", nullable(STRING), "status", status, "environment", STRING, "result", ANY,
        "error", nullable(STRING), "started_at", TIME, "finished_at", nullable(TIME));
    s.put("Run", run);
    s.put("RunList", object("runs", array(ref("Run"))));
    s.put("RunDetail", extend(run, "actions", array(ref("ActionResult")), "child_run_ids", array(STRING)));

    s.put("DefinitionList", object("definitions", array(object("name", STRING, "keys", array(STRING),
        "optional_keys", array(STRING), "optional", BOOLEAN, "actions", array(STRING),
        "environments", array(STRING)))));
    Map<String, Object> role = oneOf(Arrays.stream(Role.values()).map(Role::wireName));
    s.put("Membership", object("username", STRING, "role", role));
    s.put("MemberList", object("members", array(object("username", STRING, "role", role, "since", TIME))));
    Map<String, Object> token = object("id", STRING, "workspace_id", STRING, "role", role, "created_at", TIME,
        "created_by", STRING, "expires_at", nullable(TIME), "revoked_at", nullable(TIME),
        "state", oneOf(Stream.of("active", "expired", "revoked")));
    s.put("Token", token);
    s.put("TokenList", object("tokens", array(ref("Token"))));
    s.put("TokenCreated", extend(token, "token", Map.of("type", "string", "description", "shown this once")));
    s.put("Workspace", object("id", STRING, "name", STRING, "created_at", TIME));
    s.put("WorkspaceList", object("workspaces", array(ref("Workspace"))));
    return s;
  }
}
