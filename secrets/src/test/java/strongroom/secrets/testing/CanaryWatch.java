package strongroom.secrets.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Registered for every test (service loader, autodetection on): records what a test writes to
 * stdout and stderr, where loggers write too, and fails the test when the output, or the message of
 * an exception it throws, contains a canary.
 */
public final class CanaryWatch implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(CanaryWatch.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    context.getStore(NS).put("out", out);
    context.getStore(NS).put("err", err);
    context.getStore(NS).put("recorded", recorded);
    System.setOut(new PrintStream(new Tee(out, recorded), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(err, recorded), true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(context.getStore(NS).get("out", PrintStream.class));
    System.setErr(context.getStore(NS).get("err", PrintStream.class));
    ByteArrayOutputStream recorded = context.getStore(NS).get("recorded", ByteArrayOutputStream.class);
    Canaries.assertAbsent("the test's output", recorded.toString(StandardCharsets.UTF_8));
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String found = Canaries.foundIn(t.getMessage());
      if (found != null) {
        throw new AssertionError("a thrown " + t.getClass().getSimpleName() + "'s message contains a planted secret value");
      }
    }
    throw thrown;
  }

  /** Writes to the real stream and to the recording; the recording is never printed. */
  private static final class Tee extends OutputStream {
    private final OutputStream real;
    private final ByteArrayOutputStream copy;

    Tee(OutputStream real, ByteArrayOutputStream copy) {
      this.real = real;
      this.copy = copy;
    }

    @Override
    public void write(int b) {
      synchronized (copy) {
        copy.write(b);
      }
      try {
        real.write(b);
      } catch (java.io.IOException ignored) {
        // the recording still holds it
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (copy) {
        copy.write(b, off, len);
      }
      try {
        real.write(b, off, len);
      } catch (java.io.IOException ignored) {
        // the recording still holds it
      }
    }

    @Override
    public void flush() throws java.io.IOException {
      real.flush();
    }
  }
}
