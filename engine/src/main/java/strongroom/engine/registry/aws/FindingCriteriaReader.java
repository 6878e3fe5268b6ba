package strongroom.engine.registry.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.FindingCriteria;
import strongroom.engine.registry.ActionException;

/**
 * {@code finding_criteria} as GuardDuty's FindingCriteria: {@code {field: {operator: value}}},
 * optionally wrapped in boto3's {@code {"Criterion": ...}}. Operators are matched without case or
 * underscores: eq, neq, gt, gte, lt, lte, equals, not_equals, greater_than,
 * greater_than_or_equal, less_than, less_than_or_equal.
 */
final class FindingCriteriaReader {
  private FindingCriteriaReader() {}

  static FindingCriteria read(Map<String, Object> criteria) {
    Object inner = criteria.size() == 1 && criteria.get("Criterion") instanceof Map<?, ?> m
        ? m : criteria;
    FindingCriteria.Builder out = FindingCriteria.builder();
    Map<String, Condition> conditions = new java.util.LinkedHashMap<>();
    ((Map<?, ?>) inner).forEach((field, condition) -> {
      if (!(condition instanceof Map<?, ?> ops)) {
        throw new ActionException("finding_criteria `" + field + "` must map operators to values");
      }
      Condition.Builder c = Condition.builder();
      ops.forEach((op, value) -> apply(c, String.valueOf(field), String.valueOf(op), value));
      conditions.put(String.valueOf(field), c.build());
    });
    return out.criterion(conditions).build();
  }

  private static void apply(Condition.Builder c, String field, String op, Object value) {
    String key = op.toLowerCase(Locale.ROOT).replace("_", "");
    switch (key) {
      // The short forms are boto3's spellings of the same operators; the SDK deprecates them.
      case "eq", "equals" -> c.equalsValue(strings(field, op, value));
      case "neq", "notequals" -> c.notEquals(strings(field, op, value));
      case "gt", "greaterthan" -> c.greaterThan(number(field, op, value));
      case "gte", "greaterthanorequal" -> c.greaterThanOrEqual(number(field, op, value));
      case "lt", "lessthan" -> c.lessThan(number(field, op, value));
      case "lte", "lessthanorequal" -> c.lessThanOrEqual(number(field, op, value));
      default -> throw new ActionException("finding_criteria `" + field + "`: unknown operator `"
          + op + "`");
    }
  }

  private static List<String> strings(String field, String op, Object value) {
    List<String> out = new ArrayList<>();
    for (Object v : value instanceof List<?> l ? l : List.of(value)) {
      if (v instanceof Map || v instanceof List || v == null) {
        throw new ActionException("finding_criteria `" + field + "." + op
            + "` takes a string or a list of strings");
      }
      out.add(String.valueOf(v));
    }
    return out;
  }

  private static long number(String field, String op, Object value) {
    if (!(value instanceof Number n)) {
      throw new ActionException("finding_criteria `" + field + "." + op + "` takes a number");
    }
    return n.longValue();
  }
}
