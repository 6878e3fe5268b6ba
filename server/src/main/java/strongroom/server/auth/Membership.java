package strongroom.server.auth;

import java.time.Instant;

/** A user's role in one workspace, since when. */
public record Membership(String username, Role role, Instant since) {}
