package strongroom.secrets;

import java.time.Instant;

/** A tenant boundary: every secret belongs to exactly one workspace. */
public record Workspace(String id, String name, Instant createdAt) {
  /** The workspace that exists from the first run. */
  public static final String DEFAULT_NAME = "default";
}
