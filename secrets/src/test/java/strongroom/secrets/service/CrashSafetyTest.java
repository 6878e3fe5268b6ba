package strongroom.secrets.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretVersion;
import strongroom.secrets.crypto.KeyTermState;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.ChildJvm;

/** A process killed with SIGKILL at any moment leaves the old state or the new, never a mix. */
@ParameterizedClass
@EnumSource(Backend.class)
class CrashSafetyTest extends StoreTestBase {
  private static final int KILLS = 20;

  CrashSafetyTest(Backend backend) {
    super(backend);
  }

  @Test
  void churnKilledAtTwentyRandomMoments_leavesEveryCurrentVersionComplete() throws Exception {
    store.close();
    Random random = new Random(20261204L);
    int lastTotalVersions = -1;
    for (int kill = 0; kill < KILLS; kill++) {
      try (ChildJvm child = ChildJvm.start(StoreWorker.class, "churn", fixture.database().url(),
          fixture.keyFile().toString(), Long.toString(random.nextLong()))) {
        child.awaitLine("ready"::equals);
        Thread.sleep(50 + random.nextInt(500));
        child.kill();
      }
      store = fixture.reopen();
      assertEquals(List.of(), store.verifier().verifyAll(ALICE), "nothing corrupted after kill " + kill);
      int totalVersions = 0;
      for (Secret secret : store.secrets().list(WS, null, null, null, false)) {
        assertComplete(secret);
        totalVersions += secret.currentVersion();
      }
      assertTrue(totalVersions >= lastTotalVersions, "no committed version lost");
      lastTotalVersions = totalVersions;
      store.close();
    }
    store = fixture.reopen();
    assertTrue(lastTotalVersions > 0, "the worker got work done between kills");
  }

  private void assertComplete(Secret secret) {
    List<SecretVersion> versions = store.versions().list(WS, secret.name(), "default");
    assertEquals(secret.currentVersion(), versions.size());
    for (int i = 0; i < versions.size(); i++) {
      assertEquals(i + 1, versions.get(i).number());
      assertEquals(StoreWorker.KEYS, versions.get(i).keyNames());
    }
    try (ResolvedSecrets resolved = store.resolver().resolve(WS, "default", Set.of(secret.name()), ALICE)) {
      String a = resolved.value(secret.name(), "A").reveal();
      assertEquals(Map.of("A", a, "B", a, "C", a), Map.of("A", a,
          "B", resolved.value(secret.name(), "B").reveal(), "C", resolved.value(secret.name(), "C").reveal()));
    }
  }

  @Test
  void rotationKilledMidway_thenRerun_endsWithEveryDataKeyUnderNewPrimary() throws Exception {
    for (int i = 0; i < 1000; i++) {
      create(WS, "r" + i, i % 2 == 0 ? "default" : "tenant_a", "K", "value-" + i);
    }
    store.close();
    try (ChildJvm child = ChildJvm.start(StoreWorker.class, "rotate", fixture.database().url(),
        fixture.keyFile().toString())) {
      child.awaitLine(line -> line.startsWith("progress ") && !line.startsWith("progress 0 "));
      Thread.sleep(150);
      child.kill();
    }
    store = fixture.reopen();
    KeyringStatus interrupted = store.keys().status();
    assertEquals(2, interrupted.rotationInProgress());
    long underOld = interrupted.terms().get(0).wrappedDataKeys();
    assertTrue(underOld > 0 && underOld < 1000, "killed midway: " + underOld + " left under term 1");

    RotationResult result = store.keys().rotate(ALICE, KeyService.Progress.NONE);
    assertTrue(result.resumed());
    KeyringStatus after = store.keys().status();
    assertEquals(null, after.rotationInProgress());
    assertEquals(List.of(KeyTermState.ACTIVE, KeyTermState.PRIMARY),
        after.terms().stream().map(KeyTermStatus::state).toList());
    assertEquals(List.of(0L, 1000L), after.terms().stream().map(KeyTermStatus::wrappedDataKeys).toList());
    assertEquals(List.of(), store.verifier().verifyAll(ALICE));
    for (int i = 0; i < 1000; i += 97) {
      assertEquals(Map.of("K", "value-" + i), read(WS, "r" + i, i % 2 == 0 ? "default" : "tenant_a"));
    }
    store.keys().disable(1, ALICE);
    assertEquals(Map.of("K", "value-999"), read(WS, "r999", "tenant_a"));
  }
}
