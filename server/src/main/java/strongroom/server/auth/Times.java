package strongroom.server.auth;

import java.time.Instant;

/** Epoch microseconds, the storage form of every instant (same as the secrets tables). */
final class Times {
  private Times() {}

  static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
