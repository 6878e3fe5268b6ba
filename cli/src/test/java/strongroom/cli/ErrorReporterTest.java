package strongroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Violation;

class ErrorReporterTest {
  private final ErrorReporter reporter = new ErrorReporter();
  private final StringWriter err = new StringWriter();
  private final CommandLine command = new CommandLine(new StrongroomCommand()).setErr(new PrintWriter(err, true));

  @Test
  void validationFailure_printsOneLinePerViolation() {
    int code = reporter.handleExecutionException(new ValidationException(List.of(
        new Violation("name", "pattern", "must match x"), new Violation("keys", "min_items", "needs a key"))),
        command, null);
    assertEquals(2, code);
    assertEquals("strongroom: invalid input:\n  name: must match x [pattern]\n  keys: needs a key [min_items]\n",
        err.toString());
  }

  @Test
  void foreignException_showsItsTypeButNotItsMessage() {
    int code = reporter.handleExecutionException(
        new IllegalStateException("token=s3cr3t", new java.io.IOException("more")), command, null);
    assertEquals(1, code);
    assertTrue(err.toString().contains("java.lang.IllegalStateException (caused by java.io.IOException)"),
        err.toString());
    assertFalse(err.toString().contains("s3cr3t"));
  }

  @Test
  void quotedAssignmentsInParseErrors_areCutAfterTheEqualsSign() {
    String message = ErrorReporter.safeMessage(
        new CommandLine.ParameterException(command, "Invalid value for option '--x': 'TOKEN=s3cr3t'"), List.of());
    assertEquals("Invalid value for option '--x': 'TOKEN=…'", message);
    assertEquals("Missing required option: '--key=KEY[=@FILE|=-]'", ErrorReporter.safeMessage(
        new CommandLine.ParameterException(command, "Missing required option: '--key=KEY[=@FILE|=-]'"), List.of()));
  }
}
