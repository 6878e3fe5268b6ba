package strongroom.server.auth;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Workspace;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.storage.Database;

/** Creates users (argon2id-hashed passwords), gives them workspace roles and checks passwords. */
public final class Users {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  /** Passwords are hashed as given; the cap only bounds the work one request can cause. */
  static final int MAX_PASSWORD = 1024;

  private final SecretStore store;
  private final Database database;
  private final Clock clock;
  private final PasswordHasher hasher = new PasswordHasher();
  private final UserRepository repository = new UserRepository();
  // Verified when the username is unknown, so that case costs the same time as a wrong password.
  private final String decoyHash;

  public Users(SecretStore store, Clock clock) {
    this.store = store;
    this.database = store.database();
    this.clock = clock;
    this.decoyHash = hasher.hash(UUID.randomUUID().toString().toCharArray());
  }

  /** Creates a user; an owner is admin in every workspace. */
  public User create(String username, char[] password, boolean owner) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw ValidationException.of("username", "pattern", "must be 1-64 of a-z, 0-9, '.', '_', '-'");
    }
    if (password == null || password.length < 8 || password.length > MAX_PASSWORD) {
      throw ValidationException.of("password", "length", "must be 8 to " + MAX_PASSWORD + " characters");
    }
    User user = new User(UUID.randomUUID().toString(), username, owner, clock.instant());
    String hash = hasher.hash(password);
    database.inTransaction(handle -> {
      repository.insert(handle, user, hash);
      return null;
    });
    return user;
  }

  /** Gives {@code username} the role in {@code workspace} (name or id), replacing an earlier one. */
  public void addMembership(String username, String workspace, Role role) {
    Workspace ws = store.workspaces().require(workspace);
    database.inTransaction(handle -> {
      User user = repository.findByName(handle, username)
          .orElseThrow(() -> new SecretNotFoundException("no user `" + username + "`"));
      repository.putMembership(handle, user.id(), ws.id(), role, clock.instant());
      return null;
    });
  }

  /** The members of {@code workspace} (name or id); owners are admin everywhere and not listed unless members. */
  public java.util.List<Membership> members(String workspace) {
    Workspace ws = store.workspaces().require(workspace);
    return database.withHandle(handle -> repository.memberships(handle, ws.id()));
  }

  /** Removes {@code username}'s role in {@code workspace}; not found when the user has none there. */
  public void removeMembership(String username, String workspace) {
    Workspace ws = store.workspaces().require(workspace);
    boolean removed = database.inTransaction(handle -> repository.findByName(handle, username)
        .map(user -> repository.deleteMembership(handle, user.id(), ws.id())).orElse(false));
    if (!removed) {
      throw new SecretNotFoundException("no member `" + username + "` in that workspace");
    }
  }

  public long count() {
    return database.withHandle(repository::count);
  }

  public Optional<User> find(String username) {
    return database.withHandle(handle -> repository.findByName(handle, username));
  }

  Optional<User> findById(String id) {
    return database.withHandle(handle -> repository.findById(handle, id));
  }

  /** The user's role in the workspace: admin for owners, else the membership's, else empty. */
  public Optional<Role> roleIn(User user, String workspaceId) {
    if (user.owner()) {
      return Optional.of(Role.ADMIN);
    }
    return database.withHandle(handle -> repository.membership(handle, user.id(), workspaceId));
  }

  /** The ids of the workspaces where {@code user} has a membership (owners' implicit admin not included). */
  public java.util.Set<String> workspaceIdsOf(User user) {
    return database.withHandle(handle -> repository.workspaceIds(handle, user.id()));
  }

  /** The user when the password is right; empty for a wrong password or an unknown user, in similar time. */
  Optional<User> checkPassword(String username, char[] password) {
    if (password.length > MAX_PASSWORD) {
      return Optional.empty();
    }
    Optional<User> user = username == null ? Optional.empty() : find(username);
    String phc = user.flatMap(u -> database.withHandle(h -> repository.passwordHash(h, u.id()))).orElse(decoyHash);
    boolean ok = hasher.verify(password, phc);
    return ok && user.isPresent() ? user : Optional.empty();
  }
}
