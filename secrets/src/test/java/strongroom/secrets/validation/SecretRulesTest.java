package strongroom.secrets.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import strongroom.secrets.KeyInput;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretValue;
import strongroom.secrets.Violation;

class SecretRulesTest {
  private static List<Violation> name(String value) {
    List<Violation> out = new ArrayList<>();
    SecretRules.checkName("name", value, out);
    return out;
  }

  private static List<Violation> environment(String value) {
    List<Violation> out = new ArrayList<>();
    SecretRules.checkEnvironment("environment", value, out);
    return out;
  }

  private static List<Violation> keys(List<KeyInput> keys, boolean update) {
    List<Violation> out = new ArrayList<>();
    SecretRules.checkKeys(keys, update, out);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "virustotal", "aws_2", "x123456789"})
  void name_valid_passes(String value) {
    assertTrue(name(value).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1abc", "_a", "Abc", "a-b", "a.b", "a b", "é"})
  void name_invalid_failsWithPatternRule(String value) {
    List<Violation> out = name(value);
    assertEquals(1, out.size());
    assertEquals("name", out.get(0).field());
    assertEquals(value.isEmpty() ? "required" : "pattern", out.get(0).rule());
  }

  @Test
  void name_lengthLimit_is100() {
    assertTrue(name("a" + "b".repeat(99)).isEmpty());
    assertEquals("pattern", name("a" + "b".repeat(100)).get(0).rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "tenant_a", "123456789012", "prod.eu-1", "0"})
  void environment_valid_passes(String value) {
    assertTrue(environment(value).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Tenant", "-a", ".a", "_a", "a b", "a/b"})
  void environment_invalid_failsWithPatternRule(String value) {
    assertEquals("pattern", environment(value).get(0).rule());
  }

  @Test
  void environment_lengthLimit_is64() {
    assertTrue(environment("a".repeat(64)).isEmpty());
    assertEquals(1, environment("a".repeat(65)).size());
  }

  @Test
  void keys_validNamesAndValues_pass() {
    assertTrue(keys(List.of(KeyInput.of("API_KEY", "x"), KeyInput.of("_private", "y"), KeyInput.of("k2", "z")),
        false).isEmpty());
  }

  @Test
  void keys_none_failsMinItems() {
    assertEquals("min_items", keys(List.of(), false).get(0).rule());
  }

  @Test
  void keys_moreThan100_failsMaxItems() {
    List<KeyInput> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(KeyInput.of("K" + i, "v"));
    }
    assertEquals("max_items", keys(many, false).get(0).rule());
    assertTrue(keys(many.subList(0, 100), false).isEmpty());
  }

  @Test
  void keys_badNameDuplicateAndEmpty_eachNamedByIndex() {
    List<Violation> out = keys(List.of(KeyInput.of("9BAD", "v"), KeyInput.of("A", "v"), KeyInput.of("A", "v"),
        KeyInput.of("B", "")), false);
    assertEquals(List.of("keys[0].key:pattern", "keys[2].key:unique", "keys[3].value:required"),
        out.stream().map(v -> v.field() + ":" + v.rule()).toList());
  }

  @Test
  void keys_emptyValueOnUpdate_isAllowed() {
    assertTrue(keys(List.of(KeyInput.of("A", "")), true).isEmpty());
  }

  @Test
  void keys_valueOver64KiB_failsMaxBytes() {
    assertTrue(keys(List.of(KeyInput.of("A", "x".repeat(64 * 1024))), false).isEmpty());
    assertEquals("max_bytes", keys(List.of(KeyInput.of("A", "x".repeat(64 * 1024 + 1))), false).get(0).rule());
  }

  @Test
  void keys_secretOver512KiB_failsMaxBytes() {
    List<KeyInput> big = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      big.add(KeyInput.of("K" + i, "x".repeat(60 * 1024)));
    }
    List<Violation> out = keys(big, false);
    assertEquals(List.of("keys:max_bytes"), out.stream().map(v -> v.field() + ":" + v.rule()).toList());
  }

  @Test
  void keys_invalidUtf8_failsUtf8() {
    List<Violation> out = keys(List.of(new KeyInput("A", SecretValue.copyOf(new byte[] {(byte) 0xff, 0x41}))),
        false);
    assertEquals("utf8", out.get(0).rule());
  }

  @Test
  void typeKeys_structuredTypesTakeExactlyTheirKeys() {
    List<Violation> out = new ArrayList<>();
    SecretRules.checkTypeKeys(SecretType.MTLS, Set.of("TLS_CERTIFICATE"), out);
    SecretRules.checkTypeKeys(SecretType.SSH_KEY, Set.of("PRIVATE_KEY", "EXTRA"), out);
    SecretRules.checkTypeKeys(SecretType.CA_CERT, Set.of("CA_CERTIFICATE"), out);
    SecretRules.checkTypeKeys(SecretType.CUSTOM, Set.of("ANY"), out);
    assertEquals(2, out.size());
    assertEquals("type_keys", out.get(0).rule());
    assertEquals("a `mtls` secret takes exactly the keys [TLS_CERTIFICATE, TLS_PRIVATE_KEY], not [TLS_CERTIFICATE]",
        out.get(0).message());
  }

  @Test
  void tagsAndDescription_limits() {
    List<Violation> out = new ArrayList<>();
    SecretRules.checkDescription("d".repeat(1001), out);
    SecretRules.checkTags(Map.of("bad key", "v", "ok", "x".repeat(257)), out);
    assertEquals(List.of("description:max_length", "tags:pattern", "tags.ok:max_length"),
        out.stream().map(v -> v.field() + ":" + v.rule()).toList());
  }

  @Test
  void violationMessages_neverQuoteValues() {
    String value = "value-that-must-not-appear";
    List<Violation> out = keys(List.of(KeyInput.of("A", value), KeyInput.of("A", value + "x".repeat(70000))), false);
    for (Violation v : out) {
      assertTrue(!v.message().contains(value), v.field());
    }
  }
}
