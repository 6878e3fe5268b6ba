package strongroom.engine.registry.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.RegistrySecret;
import strongroom.engine.testing.MapActionSecrets;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.MissingSecretException;
import strongroom.secrets.testing.Canaries;

/** How a template reads SECRETS: declared optional keys read as '' when absent, nothing else does. */
class SecretsBridgeTest {
  private static final List<RegistrySecret> DECLARED = List.of(new RegistrySecret("cs",
      List.of("CLIENT_ID"), List.of("BASE_URL"), false));

  private static SecretsBridge bridge(Map<String, Map<String, String>> stored) {
    return new SecretsBridge(new MapActionSecrets("default", stored), DECLARED);
  }

  @Test
  void absentOptionalKey_readsAsEmpty_presentOneAsItsValue() {
    String id = Canaries.next();
    String url = Canaries.next();
    assertEquals("", bridge(Map.of("cs", Map.of("CLIENT_ID", id))).value("cs", "BASE_URL"));
    assertEquals(url, bridge(Map.of("cs", Map.of("CLIENT_ID", id, "BASE_URL", url)))
        .value("cs", "BASE_URL"));
  }

  @Test
  void absentRequiredOrUndeclaredKey_stillFailsNamingIt() {
    SecretsBridge b = bridge(Map.of("cs", Map.of("OTHER", Canaries.next())));
    MissingSecretException e = assertThrows(MissingSecretException.class,
        () -> b.value("cs", "CLIENT_ID"));
    assertEquals(ExprErrorCode.SECRET_KEY_NOT_FOUND, e.code());
    assertEquals("CLIENT_ID", e.key());
    assertEquals(ExprErrorCode.SECRET_NOT_FOUND, assertThrows(MissingSecretException.class,
        () -> bridge(Map.of()).value("other", "BASE_URL")).code());
  }

  @Test
  void templateExpression_fallsBackPastAnAbsentOptionalKey() throws Exception {
    strongroom.expr.Expressions expr = strongroom.expr.Expressions.create();
    Object value = expr.evaluate("${{ SECRETS.cs.BASE_URL || 'https://fallback.example' }}",
        strongroom.expr.EvalContext.builder()
            .secrets(bridge(Map.of("cs", Map.of("CLIENT_ID", Canaries.next())))).build());
    assertEquals("https://fallback.example", value);
  }
}
