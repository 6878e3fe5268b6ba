package strongroom.engine.registry.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import java.util.Map;
import strongroom.engine.masking.Masker;
import strongroom.engine.registry.ActionSecrets;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.RegistrySecret;
import strongroom.engine.registry.StandardRegistry;
import strongroom.engine.testing.TestActionContext;
import strongroom.expr.MissingSecretException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import strongroom.secrets.MissingSecretsException;
import strongroom.secrets.testing.Canaries;

/**
 * A WireMock stand-in for one integration's API, the shipped registry pointed at it, and the
 * checks every integration test makes: run an action the way the runner does (declared secrets
 * first, then the template), mask its result, and fail before any request when a secret is
 * missing. Registered as a JUnit extension: started once per class, reset before each test.
 */
final class IntegrationStub implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final Map<String, String> configPaths;
  private Registry registry;

  /** {@code configPaths}: RegistryConfig key → the path under the stub its base URL points at. */
  IntegrationStub(Map<String, String> configPaths) {
    this.configPaths = Map.copyOf(configPaths);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server.start();
    RegistryConfig config = RegistryConfig.defaults();
    for (Map.Entry<String, String> e : configPaths.entrySet()) {
      config = config.withBaseUrl(e.getKey(), server.baseUrl() + e.getValue());
    }
    registry = StandardRegistry.create(config);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.resetAll();
  }

  WireMockServer server() {
    return server;
  }

  String baseUrl() {
    return server.baseUrl();
  }

  Registry registry() {
    return registry;
  }

  ActionSpec action(String name) {
    return registry.find(name).orElseThrow(() -> new AssertionError("no action " + name));
  }

  /** What one run left: the raw result and the context (masked values, logs). */
  record Outcome(Object result, TestActionContext context) {}

  /** Runs {@code action} as the runner would: its declared secrets are checked first. */
  Outcome run(String action, Map<String, ?> args, Planted planted) throws Exception {
    ActionSpec spec = action(action);
    TestActionContext context = planted.context(args);
    requireDeclared(spec, context.secrets());
    return new Outcome(context.run(spec), context);
  }

  /**
   * The runner's check before an action runs, through {@link ActionSecrets#value}: every required
   * key of every declared secret (of an optional secret only when it is stored) must be there,
   * else a {@link MissingSecretsException} names the secret or {@code name.KEY}.
   */
  static void requireDeclared(ActionSpec spec, ActionSecrets secrets) {
    for (RegistrySecret s : spec.secrets()) {
      if (s.optional() && secrets.keys(s.name()).isEmpty()) {
        continue;
      }
      if (s.keys().isEmpty()) {
        secrets.keys(s.name()).stream().findAny()
            .orElseThrow(() -> new MissingSecretsException("default", List.of(s.name())));
      }
      s.keys().forEach(key -> secrets.value(s.name(), key));
    }
  }

  /**
   * The stub echoed a secret or token into the result; masked with the planted values and the
   * values the action registered, no canary is left.
   */
  static void assertMaskedClean(Outcome outcome, Planted planted) {
    assertNotNull(Canaries.foundIn(String.valueOf(outcome.result())),
        "the stub should echo a secret or token, or masking is not tested");
    Masker.Builder masker = Masker.builder();
    planted.valuesBySecret().forEach(masker::addSecret);
    outcome.context().maskedValues().forEach(masker::add);
    Canaries.assertAbsent("masked result", String.valueOf(masker.build().mask(outcome.result())));
  }

  /**
   * Without {@code missing} (a secret name or {@code name.KEY}), the declared-secret check fails
   * with a {@link MissingSecretsException} naming it, the template alone fails with the expression
   * language's {@link MissingSecretException}, and no request reaches the stub.
   */
  void assertMissingFailsBeforeRequest(String action, Map<String, ?> args, Planted planted,
      String missing) {
    server.resetRequests();
    MissingSecretsException e = assertThrows(MissingSecretsException.class,
        () -> run(action, args, planted));
    assertEquals(List.of(missing), e.missing());
    Canaries.assertAbsent("error message", e.getMessage());
    MissingSecretException inTemplate = assertThrows(MissingSecretException.class,
        () -> planted.context(args).run(action(action)));
    assertEquals(missing.split("\\.")[0], inTemplate.name());
    assertEquals(0, server.getAllServeEvents().size(), "a request left despite the missing secret");
  }
}
