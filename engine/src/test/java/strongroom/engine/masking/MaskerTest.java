package strongroom.engine.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MaskerTest {
  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void mask_plainValue_everyOccurrence() {
    Masker masker = Masker.builder().add("s3cr3t").build();
    assertEquals("a *** b *** c", masker.mask("a s3cr3t b s3cr3t c"));
    assertEquals("***", masker.mask("s3cr3t"));
    assertEquals("no secret here", masker.mask("no secret here"));
  }

  @Test
  void mask_commonEncodings() {
    String value = "p@ss word/+\"x";
    Masker masker = Masker.builder().add(value).build();
    assertEquals("b64 ***", masker.mask("b64 " + b64(value)));
    assertEquals("url64 ***", masker.mask("url64 " + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    assertEquals("q=***", masker.mask("q=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    assertEquals("q=***", masker.mask("q=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    assertEquals("{\"k\": \"***\"}", masker.mask("{\"k\": \"p@ss word/+\\\"x\"}"));
  }

  @Test
  void mask_basicFormOfTwoKeysOfOneSecret() {
    Masker masker = Masker.builder().addSecret(List.of("me@example.com", "tok3n")).build();
    assertEquals("Authorization: Basic ***", masker.mask("Authorization: Basic " + b64("me@example.com:tok3n")));
  }

  @Test
  void mask_basicFormWithoutPadding_isMaskedToo() {
    // "abc:de" is 6 bytes, so its base64 has no padding and both forms are the same string.
    Masker masker = Masker.builder().addSecret(List.of("abc", "de")).build();
    assertEquals("Basic ***", masker.mask("Basic " + b64("abc:de")));
    assertEquals("Basic ***", masker.mask("Basic " + b64("de:abc")));
  }

  @Test
  void mask_overlappingValues_mergeIntoOneMask() {
    Masker masker = Masker.builder().add("abcd").add("cdef").add("bc").build();
    assertEquals("x***y", masker.mask("xabcdefy"));
    assertEquals("***", masker.mask("bcbc"));
  }

  @Test
  void mask_valuesShorterThanTwo_areIgnored() {
    Masker masker = Masker.builder().add("a").add("").add(null).build();
    assertSame(Masker.none(), masker);
    assertEquals("banana", masker.mask("banana"));
  }

  @Test
  void mask_nestedValues_stringLeavesAndMapKeys() {
    Masker masker = Masker.builder().add("tok3n").build();
    Object result = masker.mask(Map.of("tok3n", List.of("x tok3n", 42L, true), "ok", Map.of("k", "tok3n")));
    assertEquals(Map.of("***", List.of("x ***", 42L, true), "ok", Map.of("k", "***")), result);
  }

  @Test
  void mask_keysThatMaskAlike_keepBothValues() {
    Masker masker = Masker.builder().add("aa11").add("bb22").build();
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) masker.mask(new java.util.LinkedHashMap<>(
        Map.of("aa11", 1L, "bb22", 2L)));
    assertEquals(2, out.size());
  }

  @Test
  void mask_agreesWithRegexAlternation_onRandomTexts() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      List<String> values = new java.util.ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(6); i++) {
        values.add(randomWord(random, 2 + random.nextInt(4)));
      }
      Masker.Builder builder = Masker.builder();
      values.forEach(builder::add);
      Masker masker = builder.build();
      String text = randomWord(random, 200);
      assertEquals(regexMask(values, text), masker.mask(text), "values " + values);
    }
  }

  private static String randomWord(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(3)));
    }
    return out.toString();
  }

  /** Reference: merge every (possibly overlapping) occurrence interval, then mask each merged run. */
  private static String regexMask(List<String> values, String text) {
    boolean[] covered = new boolean[text.length()];
    for (String value : values) {
      Matcher m = Pattern.compile("(?=(" + Pattern.quote(value) + "))").matcher(text);
      while (m.find()) {
        for (int i = m.start(1); i < m.end(1); i++) {
          covered[i] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i]) {
        out.append(text.charAt(i));
      } else if (i == 0 || !covered[i - 1]) {
        out.append("***");
      }
    }
    return out.toString();
  }

  @Test
  void toString_showsOnlyPatternCount() {
    assertEquals("Masker[3 patterns]", Masker.builder().add("hunter22").build().toString());
  }
}
