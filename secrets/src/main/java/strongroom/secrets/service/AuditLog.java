package strongroom.secrets.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import strongroom.secrets.Actor;
import strongroom.secrets.audit.AuditAction;
import strongroom.secrets.audit.AuditEvent;
import strongroom.secrets.audit.AuditQuery;
import strongroom.secrets.storage.AuditRepository;
import strongroom.secrets.storage.Database;

/** Writes audit events inside the caller's transaction, and reads the log back. */
public final class AuditLog {
  private final Database database;
  private final AuditRepository repository;
  private final Clock clock;

  AuditLog(Database database, AuditRepository repository, Clock clock) {
    this.database = database;
    this.repository = repository;
    this.clock = clock;
  }

  /** One event for a secret, to be written with {@link #write}. */
  AuditEvent event(Actor actor, AuditAction action, AuditEvent.Outcome outcome, String workspaceId,
      String secretId, String secretName, String environment, Integer version, String detail) {
    return new AuditEvent(UUID.randomUUID().toString(), clock.instant(), actor.label(), action, outcome,
        workspaceId, secretId, secretName, environment, version, detail);
  }

  void write(Handle handle, List<AuditEvent> events) {
    repository.insert(handle, events);
  }

  /** Writes events in a transaction of their own (for failures, whose own transaction rolled back). */
  void writeAlone(List<AuditEvent> events) {
    database.inTransaction(handle -> {
      repository.insert(handle, events);
      return null;
    });
  }

  /**
   * Records a successful administrative event (a workspace, member or token change) in a transaction
   * of its own. It names no secret; {@code detail} holds identifiers only (a username, a token id, a
   * role, a workspace name), never a token or a password.
   */
  public void record(Actor actor, AuditAction action, String workspaceId, String detail) {
    writeAlone(List.of(event(actor, action, AuditEvent.Outcome.SUCCESS, workspaceId, null, null, null, null,
        detail)));
  }

  public List<AuditEvent> query(AuditQuery filter) {
    return database.withHandle(handle -> repository.query(handle, filter));
  }
}
