package strongroom.engine.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.engine.EngineStoppingException;
import strongroom.engine.WorkflowService;
import strongroom.engine.fixtures.EngineFixture;
import strongroom.engine.fixtures.EngineTestBase;
import strongroom.engine.runner.RunOutcome;
import strongroom.secrets.testing.Backend;

/**
 * {@link WorkflowService#drain}, what a stopping server calls: new runs are refused, runs in flight
 * finish, and the wait is bounded. On SQLite only: it is about the gate, not about storage.
 */
@ParameterizedClass
@EnumSource(value = Backend.class, names = "SQLITE")
class WorkflowDrainTest extends EngineTestBase {
  private static final String WS = EngineFixture.WS;

  WorkflowDrainTest(Backend backend) {
    super(backend);
  }

  private WorkflowService service() {
    return engine.service();
  }

  private CompletableFuture<RunOutcome> startSleeping(long ms) throws InterruptedException {
    service().save(WS, "title: Slow\nalias: slow\nactions: [{ref: z, action: test.sleep, args: {ms: " + ms + "}}]\n",
        EngineFixture.ALICE);
    CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(() -> service().run(WS, "slow", Map.of(), null));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (service().runs(WS, "slow", 1).isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "the run never started");
      Thread.sleep(10);
    }
    return run;
  }

  @Test
  void drain_waitsForTheRunInFlight_andRefusesNewOnes() throws Exception {
    CompletableFuture<RunOutcome> inFlight = startSleeping(1_000);
    long start = System.nanoTime();
    assertTrue(service().drain(Duration.ofSeconds(30)), "a run was still going after drain");
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 500, "drain did not wait");
    assertTrue(inFlight.isDone(), "drain returned before the run had its outcome");
    assertTrue(inFlight.get().succeeded(), inFlight.get()::error);
    assertThrows(EngineStoppingException.class, () -> service().run(WS, "slow", Map.of(), null));
    assertThrows(EngineStoppingException.class, () -> service().runSource(WS,
        "title: T\nactions: [{ref: a, action: test.echo}]\n", Map.of(), null));
  }

  @Test
  void drain_isBounded() throws Exception {
    CompletableFuture<RunOutcome> inFlight = startSleeping(1_500);
    assertFalse(service().drain(Duration.ofMillis(50)), "drain claimed no run was left");
    assertTrue(inFlight.get(30, TimeUnit.SECONDS).succeeded(), "the run was cut off by the drain");
  }

  @Test
  void drain_withNothingInFlight_returnsAtOnce() {
    long start = System.nanoTime();
    assertTrue(service().drain(Duration.ofSeconds(30)));
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1_000);
  }
}
