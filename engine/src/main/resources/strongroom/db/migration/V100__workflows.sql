-- The engine's tables (versions V100-V199). One file for SQLite and PostgreSQL: only types and
-- syntax both accept. Times are epoch microseconds; JSON documents are TEXT. Results, errors and
-- logs are stored masked: no secret value is ever written here.

CREATE TABLE workflows (
  id            VARCHAR(36)  PRIMARY KEY,
  workspace_id  VARCHAR(36)  NOT NULL REFERENCES workspaces (id),
  alias         VARCHAR(100) NOT NULL,
  title         VARCHAR(500) NOT NULL,
  source        TEXT         NOT NULL,
  created_at    BIGINT       NOT NULL,
  created_by    VARCHAR(200) NOT NULL,
  updated_at    BIGINT       NOT NULL,
  updated_by    VARCHAR(200) NOT NULL
);
CREATE UNIQUE INDEX workflows_alias ON workflows (workspace_id, alias);

-- workflow_id is NULL for a run of a file that was never saved.
CREATE TABLE workflow_runs (
  id              VARCHAR(36)  PRIMARY KEY,
  workspace_id    VARCHAR(36)  NOT NULL REFERENCES workspaces (id),
  workflow_id     VARCHAR(36)  REFERENCES workflows (id),
  workflow_alias  VARCHAR(100),
  parent_run_id   VARCHAR(36),
  status          VARCHAR(16)  NOT NULL,
  environment     VARCHAR(64)  NOT NULL,
  trigger_inputs  TEXT,
  result          TEXT,
  error           TEXT,
  started_at      BIGINT       NOT NULL,
  finished_at     BIGINT
);
CREATE INDEX workflow_runs_workflow ON workflow_runs (workspace_id, workflow_id, started_at);
CREATE INDEX workflow_runs_parent ON workflow_runs (parent_run_id);

-- One row per action invocation: iteration is the for_each index, 0 for an action without one.
CREATE TABLE workflow_action_results (
  run_id       VARCHAR(36)  NOT NULL REFERENCES workflow_runs (id),
  ref          VARCHAR(100) NOT NULL,
  iteration    INTEGER      NOT NULL,
  action       VARCHAR(200) NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  environment  VARCHAR(64),
  attempts     INTEGER      NOT NULL,
  result       TEXT,
  error        TEXT,
  logs         TEXT,
  started_at   BIGINT       NOT NULL,
  finished_at  BIGINT       NOT NULL,
  PRIMARY KEY (run_id, ref, iteration)
);
