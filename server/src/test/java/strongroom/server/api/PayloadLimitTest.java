package strongroom.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.server.ApiTestBase;
import strongroom.server.auth.Role;
import strongroom.server.http.Json;

/**
 * Every body over 1 MiB gets a JSON 413, sent over a real socket as a client sends it.
 *
 * <p>What Helidon 4.5 does (Http1Connection): a Content-Length over {@code maxPayloadSize} (2 MiB
 * here) is refused before routing, through {@code TransportErrors}, without reading the body, and
 * the connection is closed; a chunked body is counted as it is read, and crossing the limit ends
 * the connection the same way. A body up to 2 MiB that the API refuses (over 1 MiB) is read to its
 * end by Helidon after the 413, so the connection stays usable.
 *
 * <p>Closing a socket with request bytes still unread makes the kernel reset the connection, so a
 * client still writing sees its write fail (broken pipe, reset). The 413 was written before that
 * and waits in the client's receive buffer: a client that reads while it writes, as curl and
 * browsers do, gets it. {@code java.net.http} sometimes reports the failed write instead ("header
 * parser received no bytes", seen in about one try of five over 2 MiB), so this test reads and
 * writes a raw socket at once.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PayloadLimitTest extends ApiTestBase {
  private static final int MIB = 1024 * 1024;

  /** What came back: the status line, the headers (lower-case names) and the body. */
  private record Answer(String statusLine, Map<String, String> headers, String body) {}

  @ParameterizedTest
  @ValueSource(ints = {MIB + 1, 2 * MIB + 1, 4 * MIB, 16 * MIB})
  void withContentLength_a413JsonArrives(int size) throws Exception {
    try (Socket socket = socket()) {
      Answer answer = send(socket, size, false);
      assertTooLarge(answer);
      if (size > 2 * MIB) {
        // Refused unread: the server says it closes, and does.
        assertEquals("close", answer.headers().get("connection"), answer.headers()::toString);
      } else {
        // Read to its end after the 413, so the same connection serves the next request.
        assertEquals(200, statusOf(exchange(socket, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")));
      }
    }
  }

  @Test
  void chunked16MiB_a413JsonArrives() throws Exception {
    try (Socket socket = socket()) {
      assertTooLarge(send(socket, 16 * MIB, true));
    }
  }

  private Socket socket() throws IOException {
    Socket socket = new Socket("127.0.0.1", Integer.parseInt(baseUrl().substring(baseUrl().lastIndexOf(':') + 1)));
    socket.setSoTimeout(30_000);
    return socket;
  }

  private static void assertTooLarge(Answer answer) throws IOException {
    assertTrue(answer.statusLine().startsWith("HTTP/1.1 413 "), answer.statusLine());
    assertTrue(answer.headers().getOrDefault("content-type", "").startsWith("application/json"),
        answer.headers()::toString);
    JsonNode error = Json.mapper().readTree(answer.body()).get("error");
    assertEquals("PAYLOAD_TOO_LARGE", error.get("code").asText(), answer.body());
    assertEquals("the body is larger than 1 MiB", error.get("message").asText(), answer.body());
  }

  /**
   * POSTs a secret-create body of {@code size} bytes (a canary first, then filler) from another
   * thread while this one reads the answer; a failed write after the answer is expected, see above.
   */
  private Answer send(Socket socket, int size, boolean chunked) throws Exception {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'x');
    byte[] start = ("{\"name\":\"big\",\"keys\":[{\"key\":\"A\",\"value\":\"" + Canaries.next())
        .getBytes(StandardCharsets.UTF_8);
    System.arraycopy(start, 0, body, 0, start.length);
    String head = "POST " + secretsPath(WS) + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token(Role.EDITOR)
        + "\r\nContent-Type: application/json\r\n"
        + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
    Thread writer = Thread.ofVirtual().start(() -> write(socket, head, body, chunked));
    Answer answer = read(socket);
    writer.join(30_000);
    return answer;
  }

  private static void write(Socket socket, String head, byte[] body, boolean chunked) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      for (int at = 0; at < body.length; at += 64 * 1024) {
        int n = Math.min(64 * 1024, body.length - at);
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(body, at, n);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException expectedOnceTheServerStopsReading) {
      // The 413 is already on its way; see the class comment.
    }
  }

  /** Reads one response: status line, headers, then exactly Content-Length bytes of body. */
  private static Answer read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    String statusLine = line(in);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
    Answer answer = new Answer(statusLine, headers, new String(body, StandardCharsets.UTF_8));
    Canaries.assertAbsent("413 answer", statusLine + headers + answer.body());
    return answer;
  }

  private static int statusOf(Answer answer) {
    return Integer.parseInt(answer.statusLine().split(" ")[1]);
  }

  private static Answer exchange(Socket socket, String request) throws IOException {
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return read(socket);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection ended before a full response");
      }
      out.write(b);
    }
    String text = out.toString(StandardCharsets.US_ASCII);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
