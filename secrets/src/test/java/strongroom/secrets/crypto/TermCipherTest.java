package strongroom.secrets.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TermCipherTest {
  private static final byte[] KEY = new byte[32];
  private static final byte[] AAD = "place".getBytes(StandardCharsets.UTF_8);

  static {
    new SecureRandom().nextBytes(KEY);
  }

  private static byte[] plaintext() {
    return "data key bytes, 32 of them.....!".getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsWhatTinkWrote_andTinkReadsWhatItWrites() throws Exception {
    TermCipher ours = new TermCipher(KEY);
    AesGcmJce tink = new AesGcmJce(KEY);
    assertArrayEquals(plaintext(), ours.decrypt(tink.encrypt(plaintext(), AAD), AAD));
    assertArrayEquals(plaintext(), tink.decrypt(ours.encrypt(plaintext(), AAD), AAD));
  }

  @Test
  void encrypt_usesAFreshIvEachTime() throws Exception {
    TermCipher ours = new TermCipher(KEY);
    byte[] a = ours.encrypt(plaintext(), AAD);
    byte[] b = ours.encrypt(plaintext(), AAD);
    assertEquals(12 + 32 + 16, a.length);
    assertFalse(java.util.Arrays.equals(a, b));
  }

  @Test
  void decrypt_wrongAadFlippedByteOrShortInput_fails() throws Exception {
    TermCipher ours = new TermCipher(KEY);
    byte[] sealed = ours.encrypt(plaintext(), AAD);
    assertThrows(GeneralSecurityException.class, () -> ours.decrypt(sealed, "elsewhere".getBytes(StandardCharsets.UTF_8)));
    for (int i = 0; i < sealed.length; i++) {
      byte[] bad = sealed.clone();
      bad[i] ^= 1;
      assertThrows(GeneralSecurityException.class, () -> ours.decrypt(bad, AAD));
    }
    assertThrows(GeneralSecurityException.class, () -> ours.decrypt(new byte[27], AAD));
    // The cipher stays usable after a failure.
    assertArrayEquals(plaintext(), ours.decrypt(sealed, AAD));
  }

  @Test
  void isSafeAcrossThreads() throws Exception {
    TermCipher ours = new TermCipher(KEY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            if (!java.util.Arrays.equals(plaintext(), ours.decrypt(ours.encrypt(plaintext(), AAD), AAD))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertEquals(true, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
