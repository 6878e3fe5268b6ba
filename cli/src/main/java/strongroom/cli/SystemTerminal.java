package strongroom.cli;

import java.io.Console;
import java.io.InputStream;

/** The real terminal: {@code System.in} and {@code System.console()}. */
public final class SystemTerminal implements Terminal {
  @Override
  public InputStream stdin() {
    return System.in;
  }

  @Override
  public boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // JDK 22 to 24 return a console even when the streams are redirected; they added
    // isTerminal() to tell. The build targets Java 21, which lacks the method, hence reflection.
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public char[] readHidden(String prompt) {
    return interactive() ? System.console().readPassword("%s", prompt) : null;
  }

  @Override
  public String readLine(String prompt) {
    return interactive() ? System.console().readLine("%s", prompt) : null;
  }
}
