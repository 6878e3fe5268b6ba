package strongroom.server.http;

import io.helidon.http.RequestException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.engine.InvalidWorkflowException;
import strongroom.engine.WorkflowException;
import strongroom.engine.EngineStoppingException;
import strongroom.engine.WorkflowNotFoundException;
import strongroom.engine.definition.Problem;
import strongroom.secrets.ErrorCode;
import strongroom.secrets.SecretsException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Violation;

/**
 * The one place where failures become HTTP statuses and {@code {"error": {code, message, details}}}
 * bodies. Messages come from {@link ApiException} and {@link SecretsException} (which by contract
 * name identifiers, never values); any other exception gets a fixed phrase.
 */
public final class ErrorResponses {
  private static final Logger LOG = System.getLogger(ErrorResponses.class.getName());

  private ErrorResponses() {}

  /** Registers the error handlers on {@code routing}. */
  public static void register(HttpRouting.Builder routing) {
    routing.error(ApiException.class, (req, res, e) -> send(res, e.status(), e.code(), e.getMessage(), e.details()));
    routing.error(ValidationException.class, (req, res, e) -> send(res, 422, e.code().name(),
        "invalid input", violations(e.violations())));
    routing.error(InvalidWorkflowException.class, (req, res, e) -> send(res, 422, "INVALID_WORKFLOW",
        "the workflow is invalid", problems(e.report().problems())));
    // The engine is draining for shutdown: another server (or this one, restarted) can take the run.
    routing.error(EngineStoppingException.class, (req, res, e) -> send(res, 503, "STOPPING",
        "the server is stopping; retry the run", List.of()));
    routing.error(WorkflowNotFoundException.class, (req, res, e) -> send(res, 404, "NOT_FOUND", e.getMessage(),
        List.of()));
    // Engine messages quote identifiers only, never a value (WorkflowException's contract).
    routing.error(WorkflowException.class, (req, res, e) -> send(res, 422, "WORKFLOW", e.getMessage(), List.of()));
    routing.error(SecretsException.class, (req, res, e) -> send(res, status(e.code()), e.code().name(),
        safeMessage(e), List.of()));
    // Helidon's own request errors (bad headers, payload over the server limit): status kept, text fixed.
    routing.error(RequestException.class, (req, res, e) -> {
      boolean tooLarge = e.status().code() == 413;
      send(res, e.status().code(), tooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST",
          tooLarge ? "the body is larger than 1 MiB" : e.status().reasonPhrase(), List.of());
    });
    routing.error(Throwable.class, (req, res, e) -> {
      // Only the class name is logged: a message could quote request content.
      LOG.log(Level.ERROR, "unhandled " + e.getClass().getName() + " on " + req.prologue().method().text());
      send(res, 500, "INTERNAL", "internal error", List.of());
    });
  }

  /** Writes an error body with a fixed structure. */
  public static void send(ServerResponse res, int status, String code, String message,
      List<Map<String, String>> details) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    error.put("details", details);
    Json.send(res, status, Map.of("error", error));
  }

  /** The status {@link #register}'s handlers give {@code e}. */
  public static int statusOf(Throwable e) {
    if (e instanceof ApiException api) {
      return api.status();
    }
    if (e instanceof WorkflowNotFoundException) {
      return 404;
    }
    if (e instanceof EngineStoppingException) {
      return 503;
    }
    if (e instanceof ValidationException || e instanceof WorkflowException) {
      return 422;
    }
    if (e instanceof SecretsException secrets) {
      return status(secrets.code());
    }
    if (e instanceof RequestException request) {
      return request.status().code();
    }
    return 500;
  }

  /** The message {@link #register}'s handlers give {@code e}: safe to show, never request content. */
  public static String messageOf(Throwable e) {
    if (e instanceof EngineStoppingException) {
      return "the server is stopping; retry the run";
    }
    if (e instanceof ApiException || e instanceof WorkflowNotFoundException
        || (e instanceof WorkflowException && !(e instanceof InvalidWorkflowException))) {
      return e.getMessage();
    }
    if (e instanceof ValidationException) {
      return "invalid input";
    }
    if (e instanceof InvalidWorkflowException) {
      return "the workflow is invalid";
    }
    if (e instanceof SecretsException secrets) {
      return safeMessage(secrets);
    }
    if (e instanceof RequestException request) {
      return request.status().code() == 413 ? "the body is larger than 1 MiB" : request.status().reasonPhrase();
    }
    return "internal error";
  }

  static int status(ErrorCode code) {
    return switch (code) {
      case INVALID_INPUT -> 422;
      case NOT_FOUND -> 404;
      case CONFLICT, STALE_VERSION -> 409;
      case MISSING_SECRETS -> 422;
      case STORAGE -> 503;
      case CORRUPTED, ROOT_KEY, KEYRING -> 500;
    };
  }

  private static String safeMessage(SecretsException e) {
    // Storage and key failures may name files or hosts: give the operator's log the detail, not the client.
    return switch (e.code()) {
      case STORAGE -> "the database is unavailable";
      case ROOT_KEY, KEYRING -> "the keyring is unavailable";
      case CORRUPTED -> "a stored secret version failed to verify";
      default -> e.getMessage();
    };
  }

  /** Every problem of a definition as {severity, code, ref, path, message}; ref and path may be null. */
  public static List<Map<String, String>> problems(List<Problem> problems) {
    List<Map<String, String>> out = new java.util.ArrayList<>();
    for (Problem p : problems) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
      row.put("code", p.code().name());
      row.put("ref", p.ref());
      row.put("path", p.path());
      row.put("message", p.message());
      out.add(row);
    }
    return out;
  }

  private static List<Map<String, String>> violations(List<Violation> violations) {
    return violations.stream()
        .map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message()))
        .toList();
  }
}
