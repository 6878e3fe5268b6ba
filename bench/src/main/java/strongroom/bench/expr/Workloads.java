package strongroom.bench.expr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five templates of the benchmark, written once per engine so that each computes the same
 * thing in its own syntax. A workload is a list of (key, source) pairs; a single template has
 * one pair with a null key, the ten-field map has ten.
 */
final class Workloads {
  private Workloads() {}

  /** One field: its key in the map workload (null otherwise) and its source per engine. */
  record Field(String key, String ours, String spel, String jexl, String cel) {}

  static List<Field> get(String name) {
    return switch (name) {
      case "bearer" -> List.of(new Field(null,
          "Bearer ${{ SECRETS.virustotal.API_KEY }}",
          "Bearer ${{ SECRETS.virustotal.API_KEY }}",
          "'Bearer ' + SECRETS.virustotal.API_KEY",
          "'Bearer ' + SECRETS.virustotal.API_KEY"));
      case "arithmetic" -> List.of(new Field(null,
          "${{ (ACTIONS.scan.result.malicious + ACTIONS.scan.result.suspicious) * 100 - ACTIONS.scan.result.total }}",
          "${{ (ACTIONS.scan.result.malicious + ACTIONS.scan.result.suspicious) * 100 - ACTIONS.scan.result.total }}",
          "(ACTIONS.scan.result.malicious + ACTIONS.scan.result.suspicious) * 100 - ACTIONS.scan.result.total",
          "(ACTIONS.scan.result.malicious + ACTIONS.scan.result.suspicious) * 100 - ACTIONS.scan.result.total"));
      case "fnChain" -> List.of(new Field(null,
          "${{ FN.uppercase(FN.strip(FN.replace(TRIGGER.host, '.', '_'))) }}",
          "${{ TRIGGER.host.replace('.', '_').trim().toUpperCase() }}",
          "TRIGGER.host.replace('.', '_').trim().toUpperCase()",
          "TRIGGER.host.replace('.', '_').trim().upperAscii()"));
      case "ternary" -> List.of(new Field(null,
          "${{ 'high' if ACTIONS.scan.result.score >= 70 else 'low' }}",
          "${{ ACTIONS.scan.result.score >= 70 ? 'high' : 'low' }}",
          "ACTIONS.scan.result.score >= 70 ? 'high' : 'low'",
          "ACTIONS.scan.result.score >= 70 ? 'high' : 'low'"));
      case "map10" -> mapOfTen();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static List<Field> mapOfTen() {
    return List.of(
        same("id", "TRIGGER.id"),
        same("host", "TRIGGER.host"),
        same("user", "TRIGGER.user.name"),
        same("email", "TRIGGER.user.email"),
        same("score", "ACTIONS.scan.result.score"),
        same("total", "ACTIONS.scan.result.total"),
        same("env", "ENV.environment"),
        new Field("url", "https://vt.example/${{ TRIGGER.id }}",
            "https://vt.example/${{ TRIGGER.id }}",
            "'https://vt.example/' + TRIGGER.id", "'https://vt.example/' + TRIGGER.id"),
        new Field("n", "${{ ACTIONS.scan.result.malicious + 1 }}",
            "${{ ACTIONS.scan.result.malicious + 1 }}",
            "ACTIONS.scan.result.malicious + 1", "ACTIONS.scan.result.malicious + 1"),
        new Field("auth", "Bearer ${{ SECRETS.virustotal.API_KEY }}",
            "Bearer ${{ SECRETS.virustotal.API_KEY }}",
            "'Bearer ' + SECRETS.virustotal.API_KEY", "'Bearer ' + SECRETS.virustotal.API_KEY"));
  }

  private static Field same(String key, String path) {
    return new Field(key, "${{ " + path + " }}", "${{ " + path + " }}", path, path);
  }

  /** The data every engine reads: the same maps, ints as Long. */
  static Map<String, Object> roots() {
    Map<String, Object> roots = new LinkedHashMap<>();
    roots.put("SECRETS", Map.of("virustotal", Map.of("API_KEY", "vt-0123456789abcdef")));
    roots.put("ACTIONS", Map.of("scan", Map.of("result", Map.of("malicious", 3L,
        "suspicious", 2L, "total", 70L, "score", 72L))));
    roots.put("TRIGGER", Map.of("id", "abc123", "host", " mail.example.com ",
        "user", Map.of("name", "Ada", "email", "ada@example.com")));
    roots.put("ENV", Map.of("environment", "default"));
    return roots;
  }
}
