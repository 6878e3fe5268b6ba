package strongroom.cli.secrets;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import strongroom.secrets.SecretValue;
import strongroom.secrets.validation.SecretRules;

/**
 * One {@code --key} as given: {@code KEY=@FILE}, {@code KEY=-} (stdin), {@code KEY} (hidden
 * prompt) or {@code KEY=VALUE}. The last works, with a warning, since a value on the command line
 * stays in shell history and is visible in {@code ps}; no message ever repeats it, and the value is
 * held as a {@link SecretValue} so {@code toString} cannot show it.
 */
public record KeyArgument(String key, Source source, String file, SecretValue literal) {
  /** Where the value comes from. */
  public enum Source { FILE, STDIN, PROMPT, LITERAL }

  /** Help text shared by the commands that take {@code --key}. */
  public static final String HELP = "A key and where its value comes from: KEY=@FILE (the file's bytes, unchanged),"
      + " KEY=- (standard input; at most one key), KEY alone (asked for without echo), or KEY=VALUE"
      + " (discouraged, with a warning: values on the command line end up in shell history and `ps`)."
      + " For custom secrets one trailing newline is removed from a value read from stdin.";

  /** Parses every {@code --key}; a usage error names the key (or its position), never a value. */
  public static List<KeyArgument> parseAll(CommandSpec spec, List<String> given) {
    List<KeyArgument> out = new ArrayList<>();
    String stdinKey = null;
    for (int i = 0; i < given.size(); i++) {
      KeyArgument argument = parse(spec, given.get(i), i + 1);
      if (argument.source() == Source.STDIN) {
        if (stdinKey != null) {
          throw new ParameterException(spec.commandLine(), "only one --key can read standard input, but "
              + stdinKey + " and " + argument.key() + " both ask for it");
        }
        stdinKey = argument.key();
      }
      out.add(argument);
    }
    return out;
  }

  static KeyArgument parse(CommandSpec spec, String text, int position) {
    int equals = text.indexOf('=');
    String key = equals < 0 ? text : text.substring(0, equals);
    if (!SecretRules.KEY.matcher(key).matches()) {
      throw new ParameterException(spec.commandLine(), "--key #" + position
          + ": the key name must match ^[A-Za-z_][A-Za-z0-9_]{0,99}$ (it is not repeated here)");
    }
    if (equals < 0) {
      return new KeyArgument(key, Source.PROMPT, null, null);
    }
    String rest = text.substring(equals + 1);
    if (rest.equals("-")) {
      return new KeyArgument(key, Source.STDIN, null, null);
    }
    if (rest.startsWith("@") && rest.length() > 1) {
      return new KeyArgument(key, Source.FILE, rest.substring(1), null);
    }
    if (rest.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--key " + key + ": no value given; use " + key
          + "=@FILE, " + key + "=- (stdin) or " + key + " alone (hidden prompt), or --keep " + key
          + " on update to keep the stored value");
    }
    return new KeyArgument(key, Source.LITERAL, null, SecretValue.of(rest));
  }

  @Override
  public String toString() {
    return "KeyArgument[" + key + ", " + source + "]";
  }
}
