package strongroom.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.Workspace;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.storage.Database;

/**
 * Creates, lists, revokes and checks API tokens. A token is 256 random bits; only its SHA-256 is
 * stored. A plain (unsalted, fast) hash is enough here because the input is uniformly random and
 * too long to guess, unlike a password, which would need argon2id.
 */
public final class ApiTokens {
  /** Prefix that makes a leaked token easy to find with secret scanners. */
  static final String PREFIX = "srt_";

  private final SecretStore store;
  private final Database database;
  private final Clock clock;
  private final TokenRepository repository = new TokenRepository();
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(SecretStore store, Clock clock) {
    this.store = store;
    this.database = store.database();
    this.clock = clock;
  }

  /** Issues a token for {@code workspace} (name or id); {@code expiresAt} null means no expiry. */
  public IssuedToken create(String workspace, Role role, Instant expiresAt, String createdBy) {
    Workspace ws = store.workspaces().require(workspace);
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String plaintext = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    ApiToken token = new ApiToken(UUID.randomUUID().toString(), ws.id(), role, clock.instant(), createdBy,
        expiresAt, null);
    database.inTransaction(handle -> {
      repository.insert(handle, token, hash(plaintext));
      return null;
    });
    return new IssuedToken(token, plaintext);
  }

  public List<ApiToken> list() {
    return database.withHandle(repository::list);
  }

  /** Revokes the token; a token that is unknown or already revoked is a not-found error. */
  public void revoke(String id) {
    boolean done = database.inTransaction(handle -> repository.revoke(handle, id, clock.instant()));
    if (!done) {
      throw new SecretNotFoundException("no active API token with id `" + id + "`");
    }
  }

  /** The active token for a presented bearer value, or empty when unknown, expired or revoked. */
  public Optional<ApiToken> authenticate(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
      return Optional.empty();
    }
    String hash = hash(presented);
    Instant now = clock.instant();
    return database.withHandle(handle -> repository.findByHash(handle, hash)).filter(t -> t.activeAt(now));
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
