package strongroom.engine.history;

import java.time.Instant;

/** A workflow saved in a workspace: its id, alias (unique per workspace), title and definition source as written. */
public record SavedWorkflow(String id, String workspaceId, String alias, String title, String source,
    Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {}
