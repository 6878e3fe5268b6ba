package strongroom.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeArgumentTest {
  private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

  @Test
  void ages_countBackFromNow() {
    assertEquals(Instant.parse("2025-06-15T11:59:15Z"), TimeArgument.parse("45s", NOW));
    assertEquals(Instant.parse("2025-06-15T11:30:00Z"), TimeArgument.parse("30m", NOW));
    assertEquals(Instant.parse("2025-06-15T10:00:00Z"), TimeArgument.parse("2h", NOW));
    assertEquals(Instant.parse("2025-06-08T12:00:00Z"), TimeArgument.parse("7d", NOW));
  }

  @Test
  void isoForms_areReadAsUtcUnlessAnOffsetIsGiven() {
    assertEquals(Instant.parse("2025-01-31T12:00:00Z"), TimeArgument.parse("2025-01-31T12:00:00Z", NOW));
    assertEquals(Instant.parse("2025-01-31T10:00:00Z"), TimeArgument.parse("2025-01-31T12:00:00+02:00", NOW));
    assertEquals(Instant.parse("2025-01-31T12:00:00Z"), TimeArgument.parse("2025-01-31T12:00", NOW));
    assertEquals(Instant.parse("2025-01-31T00:00:00Z"), TimeArgument.parse("2025-01-31", NOW));
  }

  @Test
  void anythingElse_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("yesterday", NOW));
    assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("5w", NOW));
    assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("", NOW));
  }
}
