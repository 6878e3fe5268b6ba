package strongroom.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HttpHeader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import strongroom.secrets.testing.Canaries;

/**
 * Watches one browser context: every text response (HTML, JSON, plain text, scripts) is checked for
 * planted canaries in its URL, headers and body; console errors, uncaught page errors and CSP
 * violations are collected. Handlers only record: an exception thrown inside a Playwright event
 * handler would surface in whatever unrelated call happened to dispatch it.
 */
public final class PageWatch {
  /** Reports CSP violations as console errors too, including report-only ones Chromium only warns about. */
  private static final String CSP_LISTENER = """
      document.addEventListener('securitypolicyviolation', e => console.error(
        'CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')
          + ' at ' + e.sourceFile + ':' + e.lineNumber + (e.disposition === 'report' ? ' (report-only)' : '')));
      """;

  /** A checked response: its body is kept so tests can assert on what the browser really got. */
  public record Seen(String method, String url, int status, String contentType, String csp, String body) {}

  private final List<Seen> responses = new CopyOnWriteArrayList<>();
  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
  private final List<String> cspViolations = new CopyOnWriteArrayList<>();
  private volatile boolean closing;

  /** Starts watching {@code context}; call before its first page opens. */
  public static PageWatch attach(BrowserContext context) {
    PageWatch watch = new PageWatch();
    context.addInitScript(CSP_LISTENER);
    // requestFinished, not response: the body is complete, and read at once, before a later
    // navigation can make Chromium drop it.
    context.onRequestFinished(watch::finished);
    context.onConsoleMessage(watch::console);
    context.onWebError(error -> watch.consoleErrors.add("uncaught: " + redact(error.error())));
    return watch;
  }

  private void finished(Request request) {
    if (closing) {
      return;
    }
    String what = request.method() + " " + redact(request.url());
    try {
      if (Canaries.foundIn(request.url()) != null) {
        leaks.add(what + ": the request URL carries a planted secret value");
      }
      Response response = request.response();
      if (response == null) {
        return;
      }
      StringBuilder headers = new StringBuilder();
      for (HttpHeader header : response.headersArray()) {
        headers.append(header.name).append(": ").append(header.value).append('\n');
      }
      if (Canaries.foundIn(headers.toString()) != null) {
        leaks.add(what + ": response headers contain a planted secret value");
      }
      String type = String.valueOf(response.headerValue("content-type")).toLowerCase(Locale.ROOT);
      int status = response.status();
      // Redirects and empty statuses have no body to read (Playwright throws for them).
      if (!isText(type) || (status >= 300 && status < 400) || status == 204 || "HEAD".equals(request.method())) {
        return;
      }
      String body = new String(response.body(), StandardCharsets.UTF_8);
      if (Canaries.foundIn(body) != null) {
        leaks.add(what + ": the response body contains a planted secret value");
      }
      responses.add(new Seen(request.method(), request.url(), status, type,
          response.headerValue("content-security-policy"), redact(body)));
    } catch (PlaywrightException e) {
      // Fail closed: a text response nobody could read is a response nobody checked.
      if (!closing) {
        leaks.add(what + ": could not be checked (" + redact(firstLine(e.getMessage())) + ")");
      }
    }
  }

  private void console(ConsoleMessage message) {
    String text = redact(message.text());
    if (Canaries.foundIn(message.text()) != null) {
      leaks.add("a console message contains a planted secret value");
    }
    if (text.startsWith("CSP violation") || text.startsWith("Refused to") || text.contains("[Report Only]")
        || text.contains("Content Security Policy")) {
      cspViolations.add(text);
    }
    // Chromium asks for /favicon.ico on its own when a page names no icon; that 404 is not the page's error.
    if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
      consoleErrors.add(text + " (" + message.location() + ")");
    }
  }

  private static boolean isText(String contentType) {
    return contentType.startsWith("text/") || contentType.contains("json") || contentType.contains("javascript")
        || contentType.contains("xml");
  }

  /** Replaces planted values, so a message about a leak never repeats the leaked value. */
  static String redact(String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String canary : Canaries.issued()) {
      out = out.replace(canary, "[canary]");
    }
    return out;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** Stops recording; events arriving while the context closes are not failures of the test. */
  void close() {
    closing = true;
  }

  /** The text responses seen so far, oldest first, bodies with planted values redacted. */
  public List<Seen> responses() {
    return List.copyOf(responses);
  }

  public List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  public List<String> cspViolations() {
    return List.copyOf(cspViolations);
  }

  /** Fails when any URL, response header or body, or console message carried a planted canary. */
  public void assertNoLeaks() {
    if (!leaks.isEmpty()) {
      throw new AssertionError("planted secret values reached the browser:\n  " + String.join("\n  ", leaks));
    }
  }

  /** Fails when the page logged a console error, threw an uncaught error, or violated its CSP. */
  public void assertNoConsoleErrors() {
    assertNoErrorsBut(List.of());
  }

  /**
   * The same, but allowing Chromium's "Failed to load resource" line for each status in
   * {@code expectedStatuses}: a page refused on purpose (403, 422) is logged so too.
   */
  public void assertNoErrorsBut(List<Integer> expectedStatuses) {
    List<String> unexpected = consoleErrors.stream().filter(e -> expectedStatuses.stream().noneMatch(status ->
        e.startsWith("Failed to load resource: the server responded with a status of " + status + " "))).toList();
    if (!unexpected.isEmpty() || !cspViolations.isEmpty()) {
      throw new AssertionError("the browser reported errors:\n  "
          + String.join("\n  ", unexpected) + (cspViolations.isEmpty() ? ""
          : "\n CSP:\n  " + String.join("\n  ", cspViolations)));
    }
  }
}
