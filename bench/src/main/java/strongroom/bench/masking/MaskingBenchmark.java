package strongroom.bench.masking;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import strongroom.engine.masking.Masker;

/**
 * Masking a 1 MiB action result for 100 secret values: our one-pass masker (which also looks for
 * each value's base64, URL and JSON forms, 600+ patterns) against one java.util.regex alternation
 * of the 100 plain values. The text holds each value a few times among random JSON-ish noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MaskingBenchmark {
  private static final int VALUES = 100;
  private static final int TEXT_CHARS = 1 << 20;

  private String text;
  private Masker masker;
  private Pattern alternation;

  @Setup
  public void setUp() {
    Random random = new Random(7);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < VALUES; i++) {
      values.add(token(random, 24 + random.nextInt(24)));
    }
    StringBuilder out = new StringBuilder(TEXT_CHARS + 1024);
    while (out.length() < TEXT_CHARS) {
      out.append("{\"id\": ").append(random.nextInt(1_000_000)).append(", \"note\": \"")
          .append(token(random, 40)).append("\"}, ");
      if (random.nextInt(20) == 0) {
        out.append("\"leak\": \"").append(values.get(random.nextInt(VALUES))).append("\", ");
      }
    }
    text = out.substring(0, TEXT_CHARS);
    Masker.Builder builder = Masker.builder();
    values.forEach(builder::add);
    masker = builder.build();
    alternation = Pattern.compile(values.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    String ours = masker.mask(text);
    String theirs = alternation.matcher(text).replaceAll(Masker.MASK);
    if (!ours.equals(theirs)) {
      throw new IllegalStateException("the two maskers disagree on the benchmark text");
    }
  }

  private static String token(Random random, int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  @Benchmark
  public String masker() {
    return masker.mask(text);
  }

  @Benchmark
  public String regexAlternation() {
    return alternation.matcher(text).replaceAll(Masker.MASK);
  }
}
