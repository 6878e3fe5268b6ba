package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import strongroom.server.http.Json;

/**
 * Checks a JSON value against the part of OpenAPI 3.0 that {@link ApiSchemas} uses: {@code $ref},
 * {@code type}, {@code properties} with {@code required} and {@code additionalProperties}, {@code items},
 * {@code nullable} and {@code enum}. A field the schema does not list is a problem too.
 */
final class SchemaCheck {
  private final JsonNode schemas;

  SchemaCheck(JsonNode document) {
    this.schemas = document.path("components").path("schemas");
  }

  /** Fails listing every mismatch between {@code value} and component schema {@code name}. */
  void assertMatches(String what, JsonNode value, String name) {
    List<String> problems = new ArrayList<>();
    check(value, ref(name), "$", problems);
    assertTrue(problems.isEmpty(), () -> what + " does not match " + name + ": " + problems + "\n" + value);
  }

  /** The named schema, or a missing node. */
  JsonNode schema(String name) {
    return schemas.path(name);
  }

  private JsonNode ref(String name) {
    return Json.mapper().valueToTree(Map.of("$ref", "#/components/schemas/" + name));
  }

  private void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
      if (!schemas.has(name)) {
        problems.add(path + ": no schema " + name);
        return;
      }
      schema = schemas.get(name);
    }
    if (value == null || value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        problems.add(path + ": null, but not nullable");
      }
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value.asText())) {
      problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
    }
    String type = schema.path("type").asText("");
    boolean ok = switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      default -> true; // no type: any value
    };
    if (!ok) {
      problems.add(path + ": expected " + type + ", got " + value.getNodeType());
      return;
    }
    if (type.equals("array")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
      }
    } else if (type.equals("object")) {
      checkObject(value, schema, path, problems);
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems) {
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        problems.add(path + ": missing " + required.asText());
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String at = path + "." + field.getKey();
      if (properties.has(field.getKey())) {
        check(field.getValue(), properties.get(field.getKey()), at, problems);
      } else if (schema.path("additionalProperties").isObject()) {
        check(field.getValue(), schema.get("additionalProperties"), at, problems);
      } else if (schema.has("properties")) {
        problems.add(at + ": not in the schema");
      }
    }
  }

  private static boolean contains(JsonNode array, String text) {
    for (JsonNode item : array) {
      if (item.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
