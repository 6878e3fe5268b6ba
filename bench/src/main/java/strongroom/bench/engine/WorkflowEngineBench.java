package strongroom.bench.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import strongroom.engine.WorkflowService;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.StandardRegistry;
import strongroom.engine.runner.RunOutcome;
import strongroom.expr.Expressions;
import strongroom.secrets.Actor;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.crypto.FileRootKeyProvider;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.service.StoreConfig;
import strongroom.secrets.storage.DatabaseConfig;

/**
 * 4096 child workflows, each resolving its own environment's secret and calling a local stub,
 * against a plain loop doing the same resolutions and calls, in the same JVM and database.
 * Usage: {@code WorkflowEngineBench [JDBC_URL]} (default: SQLite in a temporary folder).
 */
public final class WorkflowEngineBench {
  private static final int CHILDREN = 4096;
  private static final String WS = "default";

  private WorkflowEngineBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("strongroom-bench");
    DatabaseConfig db = args.length > 0 ? DatabaseConfig.of(args[0]) : DatabaseConfig.sqlite(dir);
    StoreConfig config = new StoreConfig(db, new FileRootKeyProvider(dir.resolve("root.key")), Clock.systemUTC(),
        Duration.ofSeconds(10));
    try (StubServer stub = new StubServer(); SecretStore store = SecretStore.open(config)) {
      List<String> environments = new ArrayList<>();
      for (int i = 0; i < CHILDREN; i++) {
        String env = "acct_" + i;
        environments.add(env);
        store.secrets().create(WS, NewSecret.custom("stub", env, List.of(KeyInput.of("TOKEN", "token-" + i + "-"
            + java.util.UUID.randomUUID()))), Actor.operator("bench"));
      }
      Expressions expressions = Expressions.create();
      Registry registry = StandardRegistry.builder(RegistryConfig.defaults(), expressions)
          .add(BenchCallAction.spec(stub.uri())).build();
      try (WorkflowService service = WorkflowService.create(store, expressions, registry)) {
        service.save(WS, "title: Child\nalias: bench_child\nactions: [{ref: call, action: bench.call}]\n",
            Actor.operator("bench"));
        // Warm-up: JIT, pools and caches for both paths.
        plainLoop(store, stub, environments.subList(0, 256));
        engine(service, environments.subList(0, 256), "parallel");
        for (int round = 1; round <= 3; round++) {
          long plain = plainLoop(store, stub, environments);
          long sequential = engine(service, environments, "sequential");
          long parallel = engine(service, environments, "parallel");
          System.out.printf("round %d: plain loop %d ms; engine sequential %d ms (%.2fx); engine parallel %d ms (%.2fx)%n",
              round, plain, sequential, (double) sequential / plain, parallel, (double) parallel / plain);
        }
      }
    }
  }

  private static long plainLoop(SecretStore store, StubServer stub, List<String> environments) throws Exception {
    long start = System.nanoTime();
    for (String env : environments) {
      try (ResolvedSecrets secrets = store.resolver().resolve(WS, env, Set.of("stub"), Actor.run("plain", "call"))) {
        BenchCallAction.call(stub.uri(), secrets.value("stub", "TOKEN").reveal());
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long engine(WorkflowService service, List<String> environments, String loop) {
    String parent = """
        title: Parent
        actions:
          - ref: children
            action: core.workflow.execute
            for_each: "for var.env in TRIGGER.environments"
            args: {workflow_alias: bench_child, environment: "${{ var.env }}", loop_strategy: %s, fail_strategy: all}
        """.formatted(loop);
    long start = System.nanoTime();
    RunOutcome outcome = service.runSource(WS, parent, Map.of("environments", environments), null);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    if (!outcome.succeeded()) {
      throw new IllegalStateException("the engine run failed: " + outcome.error());
    }
    return elapsed;
  }
}
