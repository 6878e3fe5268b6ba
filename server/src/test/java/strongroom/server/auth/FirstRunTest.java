package strongroom.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.StoreFixture;

/** The first start creates an owner `admin`; a generated password is printed once, a given one never. */
@ParameterizedClass
@EnumSource(Backend.class)
class FirstRunTest {
  private static final Pattern PRINTED = Pattern.compile("shown only now: (\\S+)");
  @Parameter Backend backend;
  @TempDir Path tempDir;
  private StoreFixture fixture;
  private Users users;

  @BeforeEach
  void open() {
    fixture = new StoreFixture(backend, tempDir);
    users = new Users(fixture.store(), Clock.systemUTC());
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void envPassword_isUsed_andNeverPrinted() {
    String password = Canaries.next();
    StringWriter err = new StringWriter();
    assertTrue(FirstRun.ensureAdmin(users, password, new PrintWriter(err)));
    Canaries.assertAbsent("first-run stderr", err.toString());
    assertTrue(err.toString().contains(FirstRun.PASSWORD_ENV));
    User admin = users.find("admin").orElseThrow();
    assertTrue(admin.owner());
    assertTrue(users.checkPassword("admin", password.toCharArray()).isPresent());
    assertFalse(fixture.store().database().withHandle(h -> h.createQuery("SELECT password_hash FROM users")
        .mapTo(String.class).one()).contains(password));
  }

  @Test
  void generatedPassword_isPrintedOnce_andWorks_andASecondStartPrintsNothing() {
    StringWriter first = new StringWriter();
    assertTrue(FirstRun.ensureAdmin(users, null, new PrintWriter(first)));
    Matcher m = PRINTED.matcher(first.toString());
    assertTrue(m.find(), "the generated password is printed");
    String password = m.group(1);
    assertFalse(m.find(), "printed once");
    assertTrue(users.checkPassword("admin", password.toCharArray()).isPresent());

    StringWriter second = new StringWriter();
    assertFalse(FirstRun.ensureAdmin(users, null, new PrintWriter(second)));
    assertEquals("", second.toString());
    assertEquals(1, users.count());
  }

  @Test
  void twoServersStartingAtOnce_bothSucceed_oneCreatesAdmin() throws Exception {
  for (int round = 0; round < 5; round++) {
    if (round > 0) {
      fixture.store().database().inTransaction(h -> h.execute("DELETE FROM users"));
    }
    // Both may see no user and both insert; the loser's unique violation means done, not a failure.
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return FirstRun.ensureAdmin(new Users(fixture.store(), Clock.systemUTC()), Canaries.next(),
              new PrintWriter(new StringWriter()));
        }));
      }
      start.countDown();
      int created = 0;
      for (var r : results) {
        created += r.get() ? 1 : 0;
      }
      assertEquals(1, created);
      assertEquals(1, users.count());
    } finally {
      pool.shutdownNow();
    }
  }
  }
}
