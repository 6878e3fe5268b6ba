package strongroom.server.auth;

import java.time.Instant;

/** A user's identity; the password hash is deliberately not part of it. */
public record User(String id, String username, boolean owner, Instant createdAt) {}
