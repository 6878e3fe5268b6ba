package strongroom.secrets.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.ConflictException;
import strongroom.secrets.ErrorCode;
import strongroom.secrets.KeyInput;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.SecretVersion;
import strongroom.secrets.testing.Backend;

/** Optimistic concurrency: every successful update is one version, and no update is lost. */
@ParameterizedClass
@EnumSource(Backend.class)
class ConcurrencyTest extends StoreTestBase {
  private static final int THREADS = 8;
  private static final int UPDATES = 200;

  ConcurrencyTest(Backend backend) {
    super(backend);
  }

  @Test
  void eightThreadsUpdatingWithExpectedVersions_loseNoUpdate() throws Exception {
    create(WS, "shared", null, "VALUE", "start");
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < UPDATES; i++) {
          int expected = store.secrets().get(WS, "shared", "default").currentVersion();
          try {
            store.secrets().update(WS, "shared", "default",
                SecretUpdate.keys(List.of(KeyInput.of("VALUE", "t" + thread + "-" + i)), expected), ALICE);
            succeeded.incrementAndGet();
          } catch (ConflictException e) {
            assertEquals(ErrorCode.STALE_VERSION, e.code());
            stale.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    assertEquals(THREADS * UPDATES, succeeded.get() + stale.get());
    assertTrue(succeeded.get() > 0);
    List<SecretVersion> versions = store.versions().list(WS, "shared", "default");
    assertEquals(1 + succeeded.get(), versions.size());
    assertEquals(1 + succeeded.get(), store.secrets().get(WS, "shared", "default").currentVersion());
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(i + 1, versions.get(i).number());
    }
    assertTrue(store.verifier().verifyAll(ALICE).isEmpty());
    long updates = store.audit().query(new strongroom.secrets.audit.AuditQuery(null, false, "shared", null,
        strongroom.secrets.audit.AuditAction.UPDATE, null, null, 10_000)).size();
    assertEquals(succeeded.get(), updates);
  }
}
