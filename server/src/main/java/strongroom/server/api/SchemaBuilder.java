package strongroom.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Small constructors of OpenAPI 3.0 schema objects, and the schema of a request record by reflection. */
final class SchemaBuilder {
  static final Map<String, Object> STRING = Map.of("type", "string");
  static final Map<String, Object> INTEGER = Map.of("type", "integer");
  static final Map<String, Object> BOOLEAN = Map.of("type", "boolean");
  static final Map<String, Object> TIME = Map.of("type", "string", "format", "date-time");
  /** A result, error detail or input: any JSON value, null included. */
  static final Map<String, Object> ANY = Map.of("nullable", true, "description", "any JSON value");

  private SchemaBuilder() {}

  static Map<String, Object> ref(String name) {
    return Map.of("$ref", "#/components/schemas/" + name);
  }

  static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> out = new LinkedHashMap<>(schema);
    out.put("nullable", true);
    return out;
  }

  static Map<String, Object> array(Map<String, Object> items) {
    return Map.of("type", "array", "items", items);
  }

  static Map<String, Object> oneOf(Stream<String> wireNames) {
    return Map.of("type", "string", "enum", wireNames.toList());
  }

  /**
   * A response object: these properties, every one always present (the views write absent values as
   * null) and no others. {@code pairs} alternate name and schema.
   */
  static Map<String, Object> object(Object... pairs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.put((String) pairs[i], pairs[i + 1]);
    }
    return object(properties, List.copyOf(properties.keySet()));
  }

  /** {@code base} (made by {@link #object}) with more properties, for a view that extends another. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> extend(Map<String, Object> base, Object... pairs) {
    List<Object> all = new ArrayList<>();
    ((Map<String, Object>) base.get("properties")).forEach((name, schema) -> {
      all.add(name);
      all.add(schema);
    });
    all.addAll(List.of(pairs));
    return object(all.toArray());
  }

  /**
   * The schema of request record {@code type}: its components under their JSON names and no other
   * field, as the strict mapper reads it; {@code required} names what the handler refuses to go without.
   */
  static Map<String, Object> request(Class<? extends Record> type, String... required) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
      properties.put(renamed == null ? c.getName() : renamed.value(), schemaOf(c.getGenericType()));
    }
    for (String name : required) {
      if (!properties.containsKey(name)) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
      }
    }
    return object(properties, List.of(required));
  }

  private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "object");
    out.put("properties", properties);
    if (!required.isEmpty()) {
      out.put("required", required);
    }
    out.put("additionalProperties", false);
    return out;
  }

  private static Map<String, Object> schemaOf(Type type) {
    if (type == String.class) {
      return STRING;
    }
    if (type == Integer.class || type == int.class) {
      return INTEGER;
    }
    if (type == KeyBody.class) {
      return ref("KeyValue");
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return array(schemaOf(p.getActualTypeArguments()[0]));
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      Type values = p.getActualTypeArguments()[1];
      return values == Object.class ? Map.of("type", "object")
          : Map.of("type", "object", "additionalProperties", schemaOf(values));
    }
    // A new field type needs a line here; failing beats documenting it wrong.
    throw new IllegalStateException("no OpenAPI schema for " + type.getTypeName());
  }
}
