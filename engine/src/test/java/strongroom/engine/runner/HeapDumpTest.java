package strongroom.engine.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.history.RunStatus;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.SecretValue;
import strongroom.secrets.testing.Backend;

/**
 * After a run ends, no copy of its secret is reachable: a heap dump of live objects holds the
 * canary in none of UTF-8, Latin-1, UTF-16LE and UTF-16BE. The test itself keeps the canary only
 * XOR-scrambled, and builds the search patterns after the dump. SQLite only: the property is the
 * engine's, not the database's, and one dump is slow enough.
 */
class HeapDumpTest {
  private static final byte SCRAMBLE = 0x5A;
  @TempDir Path tempDir;

  @Test
  void afterRun_liveHeapHoldsNoCopyOfTheSecret() throws Exception {
    byte[] scrambled = scrambledCanary();
    Path dump = tempDir.resolve("heap.hprof");
    try (EngineFixture engine = new EngineFixture(Backend.SQLITE, tempDir.resolve("store"))) {
      char[] plain = new char[scrambled.length];
      for (int i = 0; i < plain.length; i++) {
        plain[i] = (char) (scrambled[i] ^ SCRAMBLE);
      }
      engine.store().secrets().create(EngineFixture.WS, NewSecret.custom("vendor", "default",
          List.of(new KeyInput("API_KEY", SecretValue.of(plain)))), EngineFixture.ALICE);
      Arrays.fill(plain, '\0');
      RunOutcome outcome = engine.service().runSource(EngineFixture.WS, """
          title: Heap
          actions:
            - {ref: leak, action: test.leaky, args: {extra: "${{ SECRETS.vendor.API_KEY }}"}}
            - {ref: again, action: test.leaky, for_each: "for var.i in [1, 2, 3]", args: {extra: "${{ var.i }}"}}
          """, Map.of(), null);
      assertEquals(RunStatus.SUCCEEDED, outcome.status(), outcome::error);
      System.gc();
      HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      bean.dumpHeap(dump.toString(), /* live= */ true);
    }
    assertTrue(Files.size(dump) > 1_000_000, "a real heap dump was written");
    for (String form : List.of("UTF-8/Latin-1", "UTF-16LE", "UTF-16BE")) {
      byte[] pattern = pattern(scrambled, form);
      boolean found = contains(dump, pattern);
      Arrays.fill(pattern, (byte) 0);
      assertTrue(!found, "the live heap holds the secret as " + form);
    }
    Files.delete(dump);
  }

  private static byte[] scrambledCanary() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    byte[] out = new byte[40];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (alphabet.charAt(random.nextInt(alphabet.length())) ^ SCRAMBLE);
    }
    return out;
  }

  /** ASCII, so UTF-8 and Latin-1 are the same bytes. */
  private static byte[] pattern(byte[] scrambled, String form) {
    int width = form.startsWith("UTF-16") ? 2 : 1;
    byte[] out = new byte[scrambled.length * width];
    for (int i = 0; i < scrambled.length; i++) {
      byte b = (byte) (scrambled[i] ^ SCRAMBLE);
      if (width == 1) {
        out[i] = b;
      } else if (form.equals("UTF-16LE")) {
        out[2 * i] = b;
      } else {
        out[2 * i + 1] = b;
      }
    }
    return out;
  }

  private static boolean contains(Path file, byte[] pattern) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long chunk = 256L * 1024 * 1024;
      for (long start = 0; start < size; start += chunk - pattern.length) {
        MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(chunk, size - start));
        if (indexOf(buffer, pattern)) {
          return true;
        }
        if (start + chunk >= size) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean indexOf(MappedByteBuffer buffer, byte[] pattern) {
    int limit = buffer.limit() - pattern.length;
    byte first = pattern[0];
    outer:
    for (int i = 0; i <= limit; i++) {
      if (buffer.get(i) != first) {
        continue;
      }
      for (int j = 1; j < pattern.length; j++) {
        if (buffer.get(i + j) != pattern[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
