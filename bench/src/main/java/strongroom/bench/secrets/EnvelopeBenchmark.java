package strongroom.bench.secrets;

import com.google.crypto.tink.subtle.AesGcmJce;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import strongroom.secrets.SecretValue;
import strongroom.secrets.crypto.AssociatedData;
import strongroom.secrets.crypto.Envelope;
import strongroom.secrets.crypto.KeyMapCodec;
import strongroom.secrets.crypto.KeyTerm;
import strongroom.secrets.crypto.KeyTermSealer;
import strongroom.secrets.crypto.KeyTermState;
import strongroom.secrets.crypto.Keyring;
import strongroom.secrets.crypto.RootKey;
import strongroom.secrets.crypto.SealedVersion;

/**
 * Opening one secret version through the envelope against one bare AES-256-GCM decryption of the
 * very same ciphertext bytes.
 *
 * <p>The version's plaintext (its canonical key map: one key, {@code API_KEY}) is exactly 1 KiB.
 * {@link #envelope} is the product path: unwrap the data key with the keyring's term, decrypt the
 * key map with it, decode the map, zero the plaintext and destroy the values. {@link #bareAesGcm}
 * decrypts {@code sealed.ciphertext()} with a ready AES-GCM primitive for the data key and the
 * same associated data. {@link #bareUnwrapThenDecrypt} is informative: the two AEAD operations an
 * envelope cannot avoid, with nothing of ours around them.
 *
 * <p>The keyring is built through the public crypto API (root key, {@link KeyTermSealer}). The data
 * key never leaves {@link Envelope}, so the setup recovers it for the baselines from the root key's
 * text form and the documented associated-data layout, and checks that the recovered key opens the
 * sealed bytes to the original plaintext: if that layout ever changes, the setup fails loudly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED",
    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Threads(1)
public class EnvelopeBenchmark {
  /** Size of the version's plaintext, the canonical key map. */
  static final int VERSION_BYTES = 1024;
  static final String KEY = "API_KEY";

  private Keyring keyring;
  private AssociatedData place;
  private SealedVersion sealed;
  private AesGcmJce termAead;
  private AesGcmJce dataAead;
  private byte[] dataKeyAad;
  private byte[] payloadAad;

  @Setup
  public void setUp() throws GeneralSecurityException {
    RootKey root = RootKey.generate();
    KeyTermSealer sealer = new KeyTermSealer(root);
    byte[] sealedTermKey = sealer.newSealedKey(1);
    KeyTerm term = sealer.open(1, KeyTermState.PRIMARY, Instant.now(), sealedTermKey);
    keyring = KeyTermSealer.keyring(List.of(term));
    place = new AssociatedData("0c6f0a8e-5d0b-4c53-9a55-3f8e3f9a1d21", "6a1b7c55-2f4e-4f0a-8f7e-1c2d3e4f5a6b",
        "default", 3);

    // One key whose canonical map (format byte, count, two length prefixes, name, value) is 1 KiB.
    byte[] value = new byte[VERSION_BYTES - 5 - 8 - KEY.length()];
    Arrays.fill(value, (byte) 'x');
    byte[] plaintext = KeyMapCodec.encode(Map.of(KEY, SecretValue.wrap(value)));
    check(plaintext.length == VERSION_BYTES, "key map is " + plaintext.length + " bytes, not " + VERSION_BYTES);
    sealed = Envelope.seal(plaintext, place, keyring);

    // The baselines' keys: the term key unsealed with the root key, the data key unwrapped with it.
    byte[] termKey = new AesGcmJce(rootKeyBytes(root))
        .decrypt(sealedTermKey, "strongroom/v1/key-term/1".getBytes(StandardCharsets.UTF_8));
    termAead = new AesGcmJce(termKey);
    Arrays.fill(termKey, (byte) 0);
    dataKeyAad = associatedData("strongroom/v1/data-key", place);
    payloadAad = associatedData("strongroom/v1/payload", place);
    byte[] dataKey = termAead.decrypt(sealed.wrappedKey(), dataKeyAad);
    dataAead = new AesGcmJce(dataKey);
    Arrays.fill(dataKey, (byte) 0);
    check(Arrays.equals(dataAead.decrypt(sealed.ciphertext(), payloadAad), plaintext),
        "bare decryption does not give the sealed plaintext");
    Map<String, SecretValue> opened = open();
    check(Arrays.equals(opened.get(KEY).copyBytes(), value), "the envelope does not give the sealed value");
    opened.values().forEach(SecretValue::destroy);
  }

  /** Product path: unwrap, decrypt, decode; the plaintext is zeroed and the values destroyed. */
  @Benchmark
  public void envelope(Blackhole bh) {
    Map<String, SecretValue> keys = open();
    bh.consume(keys);
    keys.values().forEach(SecretValue::destroy);
  }

  /** What {@link #envelope} does, returning the map (for the setup's check). */
  private Map<String, SecretValue> open() {
    byte[] plaintext;
    try {
      plaintext = Envelope.open(sealed, place, keyring);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    try {
      return KeyMapCodec.decode(plaintext);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /** Baseline: one AES-256-GCM decryption of the same ciphertext bytes with a ready primitive. */
  @Benchmark
  public byte[] bareAesGcm() throws GeneralSecurityException {
    return dataAead.decrypt(sealed.ciphertext(), payloadAad);
  }

  /** Informative: the envelope's two AEAD operations (unwrap 32 bytes, then decrypt), bare. */
  @Benchmark
  public byte[] bareUnwrapThenDecrypt() throws GeneralSecurityException {
    byte[] dataKey = termAead.decrypt(sealed.wrappedKey(), dataKeyAad);
    try {
      return new AesGcmJce(dataKey).decrypt(sealed.ciphertext(), payloadAad);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private static byte[] rootKeyBytes(RootKey root) {
    String text = new String(root.encode(), StandardCharsets.US_ASCII).strip();
    return Base64.getDecoder().decode(text.substring(text.indexOf(':') + 1));
  }

  /** The layout {@link AssociatedData} documents: each part length-prefixed (two bytes, big-endian). */
  private static byte[] associatedData(String domain, AssociatedData place) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    for (String part : new String[] {domain, place.workspaceId(), place.secretId(), place.environment(),
        Integer.toString(place.version())}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.write(bytes.length >>> 8);
      out.write(bytes.length);
      out.write(bytes, 0, bytes.length);
    }
    return out.toByteArray();
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
