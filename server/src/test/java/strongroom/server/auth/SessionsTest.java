package strongroom.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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
import strongroom.server.MutableClock;

/** Sessions live in the database (hashes only), expire, end at logout; failed logins slow down, then lock. */
@ParameterizedClass
@EnumSource(Backend.class)
class SessionsTest {
  @Parameter Backend backend;
  @TempDir Path tempDir;
  private final MutableClock clock = new MutableClock();
  private StoreFixture fixture;
  private Users users;
  private Sessions sessions;
  private String password;

  @BeforeEach
  void open() {
    fixture = new StoreFixture(backend, tempDir);
    users = new Users(fixture.store(), clock);
    sessions = new Sessions(users, fixture.store().database(), clock);
    password = Canaries.next();
    users.create("alice", password.toCharArray(), false);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void login_storesOnlyHashes_andAuthenticatesUntilExpiryOrLogout() {
    NewSession created = sessions.login("alice", password.toCharArray());
    String rows = fixture.store().database().withHandle(h -> h.createQuery("SELECT * FROM sessions").mapToMap()
        .list()).toString();
    assertFalse(rows.contains(created.revealCookieValue()));
    assertFalse(rows.contains(created.revealCsrfToken()));
    assertFalse(created.toString().contains(created.revealCookieValue()));
    Session session = sessions.authenticate(created.revealCookieValue()).orElseThrow();
    assertEquals("alice", session.user().username());
    assertTrue(session.csrfMatches(created.revealCsrfToken()));
    assertFalse(session.csrfMatches(created.revealCsrfToken() + "x"));
    assertFalse(session.csrfMatches(null));

    clock.advance(Sessions.LIFETIME);
    assertTrue(sessions.authenticate(created.revealCookieValue()).isEmpty(), "expired");

    NewSession again = sessions.login("alice", password.toCharArray());
    sessions.logout(sessions.authenticate(again.revealCookieValue()).orElseThrow());
    assertTrue(sessions.authenticate(again.revealCookieValue()).isEmpty(), "logged out");
  }

  @Test
  void wrongPassword_andUnknownUser_areRefusedAlike() {
    LoginRefusedException wrong = assertThrows(LoginRefusedException.class,
        () -> sessions.login("alice", "not-the-password".toCharArray()));
    LoginRefusedException unknown = assertThrows(LoginRefusedException.class,
        () -> sessions.login("nobody", "not-the-password".toCharArray()));
    assertEquals(wrong.getMessage(), unknown.getMessage());
    assertNull(wrong.retryAfter());
    assertNull(unknown.retryAfter());
  }

  @Test
  void repeatedFailures_slowDown_thenLock_evenTheRightPassword() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThrows(LoginRefusedException.class, () -> sessions.login("alice", "wrong-password".toCharArray()));
    }
    // Past the free failures, an attempt right away must wait, even with the right password.
    LoginRefusedException slowed = assertThrows(LoginRefusedException.class,
        () -> sessions.login("alice", password.toCharArray()));
    assertNotNull(slowed.retryAfter());
    // Waiting out each growing delay, keep failing until the lock.
    for (int i = LoginThrottle.FREE_FAILURES; i < LoginThrottle.LOCK_AFTER; i++) {
      clock.advance(LoginThrottle.delayAfter(i));
      assertThrows(LoginRefusedException.class, () -> sessions.login("alice", "wrong-password".toCharArray()));
    }
    clock.advance(Duration.ofMinutes(5));
    LoginRefusedException locked = assertThrows(LoginRefusedException.class,
        () -> sessions.login("alice", password.toCharArray()));
    assertTrue(locked.retryAfter().compareTo(Duration.ofMinutes(9)) > 0, "locked for about 15 minutes");

    clock.advance(LoginThrottle.LOCK_FOR);
    assertNotNull(sessions.login("alice", password.toCharArray()), "the lock runs out");
  }

  @Test
  void delays_grow() {
    assertTrue(LoginThrottle.delayAfter(4).compareTo(LoginThrottle.delayAfter(3)) > 0);
    assertTrue(LoginThrottle.delayAfter(9).compareTo(LoginThrottle.delayAfter(4)) > 0);
  }

  @Test
  void unknownUsers_areThrottledToo() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThrows(LoginRefusedException.class, () -> sessions.login("ghost", "wrong-password".toCharArray()));
    }
    assertNotNull(assertThrows(LoginRefusedException.class,
        () -> sessions.login("ghost", "wrong-password".toCharArray())).retryAfter());
  }

  @Test
  void roles_comeFromMemberships_andOwnersAreAdminEverywhere() {
    String ws = fixture.store().workspaces().require("default").id();
    User alice = users.find("alice").orElseThrow();
    assertTrue(users.roleIn(alice, ws).isEmpty());
    users.addMembership("alice", "default", Role.EDITOR);
    assertEquals(Role.EDITOR, users.roleIn(alice, ws).orElseThrow());
    users.addMembership("alice", "default", Role.VIEWER);
    assertEquals(Role.VIEWER, users.roleIn(alice, ws).orElseThrow());
    User boss = users.create("boss", Canaries.next().toCharArray(), true);
    assertEquals(Role.ADMIN, users.roleIn(boss, ws).orElseThrow());
  }
}
