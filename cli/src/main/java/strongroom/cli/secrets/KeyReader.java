package strongroom.cli.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import strongroom.cli.CliException;
import strongroom.cli.ExitCodes;
import strongroom.cli.Terminal;
import strongroom.secrets.KeyInput;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretValue;
import strongroom.secrets.validation.SecretRules;

/**
 * Reads the values of {@code --key} arguments from files, standard input or a hidden prompt. File
 * bytes are kept exactly; for {@code custom} secrets one trailing newline is dropped from stdin, the
 * newline {@code echo} or a here-string adds (PEM types keep it: the store normalises PEM).
 */
public final class KeyReader {
  // More than this is refused by the store anyway; reading further would only fill memory.
  private static final int READ_LIMIT = SecretRules.MAX_VALUE_BYTES + 2;

  private final Terminal terminal;
  private final PrintWriter err;

  public KeyReader(Terminal terminal, PrintWriter err) {
    this.terminal = terminal;
    this.err = err;
  }

  /** The values, in the order given; the caller destroys them with {@link #destroy}. */
  public List<KeyInput> read(List<KeyArgument> arguments, SecretType type) {
    List<KeyInput> out = new ArrayList<>();
    List<String> literal = arguments.stream()
        .filter(a -> a.source() == KeyArgument.Source.LITERAL).map(KeyArgument::key).toList();
    if (!literal.isEmpty()) {
      err.println("strongroom: warning: the value of " + String.join(", ", literal) + " was given on the command line,"
          + " where shell history and `ps` keep it; prefer KEY=@FILE, KEY=- or KEY alone (prompt)");
      err.flush();
    }
    try {
      for (KeyArgument argument : arguments) {
        byte[] bytes = switch (argument.source()) {
          case FILE -> readFile(argument);
          case STDIN -> stripNewline(readStdin(argument), type);
          case PROMPT -> prompt(argument);
          case LITERAL -> argument.literal().copyBytes();
        };
        if (bytes.length == 0) {
          throw new CliException(ExitCodes.USAGE, "--key " + argument.key() + ": the value is empty"
              + " (to keep a stored value on update, use --keep " + argument.key() + ")");
        }
        out.add(new KeyInput(argument.key(), SecretValue.wrap(bytes)));
      }
      return out;
    } catch (RuntimeException e) {
      destroy(out);
      throw e;
    }
  }

  public static void destroy(List<KeyInput> inputs) {
    inputs.forEach(input -> input.value().destroy());
  }

  private byte[] readFile(KeyArgument argument) {
    Path path = Path.of(argument.file());
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(READ_LIMIT);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.USAGE, "--key " + argument.key() + ": no such file: " + path);
    } catch (AccessDeniedException e) {
      throw new CliException(ExitCodes.USAGE, "--key " + argument.key() + ": permission denied: " + path);
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE, "--key " + argument.key() + ": cannot read " + path
          + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  private byte[] readStdin(KeyArgument argument) {
    if (terminal.interactive()) {
      err.println("Reading " + argument.key() + " from standard input; end with Ctrl-D.");
      err.flush();
    }
    try {
      return terminal.stdin().readNBytes(READ_LIMIT);
    } catch (IOException e) {
      throw new CliException(ExitCodes.FAILURE, "--key " + argument.key() + ": cannot read standard input ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  private byte[] prompt(KeyArgument argument) {
    char[] typed = terminal.readHidden(argument.key() + " (input hidden): ");
    if (typed == null) {
      throw new CliException(ExitCodes.USAGE, "--key " + argument.key() + " asks for the value, but there is"
          + " no terminal; use " + argument.key() + "=@FILE or " + argument.key() + "=- instead");
    }
    SecretValue value = SecretValue.of(typed);
    Arrays.fill(typed, '\0');
    try {
      return value.copyBytes();
    } finally {
      value.destroy();
    }
  }

  private static byte[] stripNewline(byte[] bytes, SecretType type) {
    if (type != SecretType.CUSTOM || bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
      return bytes;
    }
    int end = bytes.length - 1;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    byte[] stripped = Arrays.copyOf(bytes, end);
    Arrays.fill(bytes, (byte) 0);
    return stripped;
  }
}
