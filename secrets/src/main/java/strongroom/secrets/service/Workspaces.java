package strongroom.secrets.service;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import strongroom.secrets.ConflictException;
import strongroom.secrets.ErrorCode;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.Workspace;
import strongroom.secrets.storage.Database;
import strongroom.secrets.storage.WorkspaceRepository;

/** Finds workspaces by name or id. */
public final class Workspaces {
  private final Database database;
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

  private final WorkspaceRepository repository;
  private final Clock clock;

  Workspaces(Database database, WorkspaceRepository repository, Clock clock) {
    this.database = database;
    this.repository = repository;
    this.clock = clock;
  }

  /** Creates a workspace; its name must match ^[a-z0-9][a-z0-9_-]{0,99}$ and be unused. */
  public Workspace create(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw ValidationException.of("name", "pattern", "must match ^[a-z0-9][a-z0-9_-]{0,99}$");
    }
    return database.inTransaction(handle -> {
      if (repository.findByName(handle, name).isPresent()) {
        throw new ConflictException(ErrorCode.CONFLICT, "workspace `" + name + "` already exists");
      }
      repository.ensure(handle, name, clock.instant());
      return repository.findByName(handle, name).orElseThrow();
    });
  }

  public List<Workspace> list() {
    return database.withHandle(repository::list);
  }

  public Workspace require(String nameOrId) {
    return database.withHandle(handle -> require(handle, nameOrId));
  }

  Workspace require(Handle handle, String nameOrId) {
    return repository.findByName(handle, nameOrId)
        .or(() -> repository.findById(handle, nameOrId))
        .orElseThrow(() -> new SecretNotFoundException("workspace `" + nameOrId + "` does not exist"));
  }
}
