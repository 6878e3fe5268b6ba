package strongroom.engine.registry.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.RegistrySecret;
import strongroom.engine.registry.StandardRegistry;
import strongroom.engine.registry.internal.JsonValues;

/** Generates docs/integrations.md from the registry: the secrets cheatsheet, then every action. */
public final class IntegrationsDoc {
  /** The command that rewrites the committed file, run from the repository root. */
  public static final String REGENERATE = ". scripts/jdk.sh && strongroom_pick_jdk && mvn -B -q -o"
      + " -pl engine -am test -Dtest=IntegrationsDocTest -Dsurefire.failIfNoSpecifiedTests=false"
      + " -Dstrongroom.docs.write=true";

  private IntegrationsDoc() {}

  /** Writes the document for the shipped registry to {@code args[0]} (default docs/integrations.md). */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/integrations.md");
    Files.writeString(out, render(StandardRegistry.create(RegistryConfig.defaults())),
        StandardCharsets.UTF_8);
  }

  /** The document for {@code registry}, which alone decides it: a test holds the committed file to it. */
  public static String render(Registry registry) {
    StringBuilder md = new StringBuilder();
    md.append("# Integrations\n\n")
        .append("<!-- Generated from the registry by strongroom.engine.registry.docs.IntegrationsDoc;"
            + " do not edit. IntegrationsDocTest (part of ./run-tests) fails when this file is stale."
            + " Regenerate from the repository root with:\n     ").append(REGENERATE).append(" -->\n\n")
        .append("Every action the registry ships, and the secrets they read. `strongroom registry"
            + " secrets`, `registry actions` and `registry show ACTION` print the same from the"
            + " command line. How to add one: [writing-integrations.md](writing-integrations.md).\n\n");
    secrets(md, SecretUsage.of(registry));
    md.append("## Actions\n");
    String namespace = null;
    for (ActionSpec action : registry.all()) {
      if (!action.namespace().equals(namespace)) {
        namespace = action.namespace();
        md.append("\n### ").append(namespace).append("\n");
      }
      action(md, action);
    }
    return md.toString();
  }

  private static void secrets(StringBuilder md, List<SecretUsage> usages) {
    md.append("## Secrets\n\n")
        .append("Most used first. **keys** are needed by every action that declares the secret;"
            + " **optional keys** are declared optional, or needed by only some of those actions"
            + " (see each action below).\n\n")
        .append("| secret | keys | optional keys | optional | actions |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (SecretUsage u : usages) {
      md.append("| `").append(u.name()).append("` | ").append(codes(u.keys())).append(" | ")
          .append(codes(u.optionalKeys())).append(" | ").append(u.optional() ? "yes" : "no")
          .append(" | ").append(codes(u.actions())).append(" |\n");
    }
    md.append("\n");
  }

  private static void action(StringBuilder md, ActionSpec action) {
    md.append("\n#### `").append(action.name()).append("`\n\n")
        .append(cell(action.description())).append("\n\n");
    if (!action.arguments().isEmpty()) {
      md.append("| argument | type | required | default | description |\n")
          .append("| --- | --- | --- | --- | --- |\n");
      for (ArgumentSpec a : action.arguments()) {
        md.append("| `").append(a.name()).append("` | ").append(a.type().wireName()).append(" | ")
            .append(a.required() ? "yes" : "no").append(" | ")
            .append(a.defaultValue() == null ? "" : "`" + cell(JsonValues.encode(a.defaultValue())) + "`")
            .append(" | ").append(cell(a.description())).append(" |\n");
      }
      md.append("\n");
    }
    md.append("Secrets: ").append(action.secrets().isEmpty() ? "none"
        : action.secrets().stream().map(IntegrationsDoc::secret).collect(Collectors.joining("; ")))
        .append(".\n");
  }

  /** {@code `jira` (JIRA_USEREMAIL, JIRA_API_TOKEN; optional keys …; optional)}. */
  static String secret(RegistrySecret s) {
    StringBuilder out = new StringBuilder("`" + s.name() + "`");
    String keys = String.join(", ", s.keys());
    if (!s.optionalKeys().isEmpty()) {
      keys += (keys.isEmpty() ? "" : "; ") + "optional keys " + String.join(", ", s.optionalKeys());
    }
    out.append(" (").append(keys).append(s.optional() ? "; the secret is optional" : "").append(")");
    return out.toString();
  }

  private static String codes(List<String> items) {
    return items.stream().map(i -> "`" + i + "`").collect(Collectors.joining(", "));
  }

  /** Text safe inside a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
