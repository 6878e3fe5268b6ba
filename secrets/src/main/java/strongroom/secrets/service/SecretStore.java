package strongroom.secrets.service;

import strongroom.secrets.Workspace;
import strongroom.secrets.storage.AuditRepository;
import strongroom.secrets.storage.Database;
import strongroom.secrets.storage.KeyTermRepository;
import strongroom.secrets.storage.SecretRepository;
import strongroom.secrets.storage.VersionRepository;
import strongroom.secrets.storage.WorkspaceRepository;

/**
 * An opened Strongroom store: the database migrated, the root key checked against the keyring,
 * the {@code default} workspace present. The services hang off it; close it to release the pool.
 */
public final class SecretStore implements AutoCloseable {
  private final Database database;
  private final StoreContext context;
  private final SecretService secrets;
  private final SecretVersions versions;
  private final SecretResolver resolver;
  private final SecretVerifier verifier;
  private final KeyService keys;

  private SecretStore(Database database, StoreContext context) {
    this.database = database;
    this.context = context;
    this.secrets = new SecretService(context);
    this.versions = new SecretVersions(context, secrets);
    this.resolver = new SecretResolver(context);
    this.verifier = new SecretVerifier(context);
    this.keys = new KeyService(context);
  }

  /**
   * Opens the store. Fails closed: a missing or wrong root key for an existing keyring is a
   * {@link strongroom.secrets.RootKeyException} before anything is written.
   */
  public static SecretStore open(StoreConfig config) {
    Database database = Database.open(config.database());
    try {
      KeyTermRepository terms = new KeyTermRepository(database.dialect());
      KeyringHolder keyring = KeyringHolder.open(database, terms, config.rootKey(), config.clock(),
          config.keyringRefresh());
      WorkspaceRepository workspaceRepository = new WorkspaceRepository();
      database.inTransaction(handle -> {
        workspaceRepository.ensure(handle, Workspace.DEFAULT_NAME, config.clock().instant());
        return null;
      });
      StoreContext context = new StoreContext(
          database,
          new Workspaces(database, workspaceRepository, config.clock()),
          new SecretRepository(database.dialect()),
          new VersionRepository(),
          terms,
          new SecretCipher(keyring),
          keyring,
          new AuditLog(database, new AuditRepository(), config.clock()),
          config.clock());
      return new SecretStore(database, context);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** True when this open created the root key (a new store): the caller tells the operator where it is. */
  public boolean createdRootKey() {
    return context.keyring().createdRootKey();
  }

  /** Where the root key comes from, for messages. */
  public String rootKeySource() {
    return context.keyring().provider().describe();
  }

  public SecretService secrets() {
    return secrets;
  }

  public SecretVersions versions() {
    return versions;
  }

  public SecretResolver resolver() {
    return resolver;
  }

  public SecretVerifier verifier() {
    return verifier;
  }

  public KeyService keys() {
    return keys;
  }

  public AuditLog audit() {
    return context.audit();
  }

  public Workspaces workspaces() {
    return context.workspaces();
  }

  /** The database, for modules that keep their own tables in it. */
  public Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
  }
}
