-- One migration set for SQLite and PostgreSQL: only types and syntax both accept.
-- BYTEA is a real type on PostgreSQL; SQLite stores bound blobs unchanged under any type name.
-- Times are epoch microseconds (BIGINT). Column names are stable forever.

CREATE TABLE workspaces (
  id          VARCHAR(36)  PRIMARY KEY,
  name        VARCHAR(100) NOT NULL UNIQUE,
  created_at  BIGINT       NOT NULL
);

CREATE TABLE key_terms (
  term        INTEGER      PRIMARY KEY,
  state       VARCHAR(16)  NOT NULL,
  sealed_key  BYTEA,
  created_at  BIGINT       NOT NULL,
  updated_at  BIGINT       NOT NULL
);

-- A single row: the term an unfinished rotation rewraps towards, so a rerun resumes it.
CREATE TABLE keyring_state (
  id               INTEGER PRIMARY KEY,
  rotation_target  INTEGER,
  updated_at       BIGINT  NOT NULL
);
INSERT INTO keyring_state (id, rotation_target, updated_at) VALUES (1, NULL, 0);

CREATE TABLE secrets (
  id               VARCHAR(36)   PRIMARY KEY,
  workspace_id     VARCHAR(36)   NOT NULL REFERENCES workspaces (id),
  name             VARCHAR(100)  NOT NULL,
  environment      VARCHAR(64)   NOT NULL,
  type             VARCHAR(16)   NOT NULL,
  description      VARCHAR(1000) NOT NULL,
  tags             TEXT          NOT NULL,
  current_version  INTEGER       NOT NULL,
  created_at       BIGINT        NOT NULL,
  created_by       VARCHAR(200)  NOT NULL,
  updated_at       BIGINT        NOT NULL,
  updated_by       VARCHAR(200)  NOT NULL,
  deleted_at       BIGINT
);
-- One live secret per (workspace, name, environment); deleted ones may share the name.
CREATE UNIQUE INDEX secrets_live_name ON secrets (workspace_id, name, environment) WHERE deleted_at IS NULL;
CREATE INDEX secrets_workspace_environment ON secrets (workspace_id, environment);

CREATE TABLE secret_versions (
  secret_id    VARCHAR(36)  NOT NULL REFERENCES secrets (id),
  version      INTEGER      NOT NULL,
  environment  VARCHAR(64)  NOT NULL,
  key_names    TEXT         NOT NULL,
  ciphertext   BYTEA        NOT NULL,
  wrapped_key  BYTEA        NOT NULL,
  key_term     INTEGER      NOT NULL REFERENCES key_terms (term),
  created_at   BIGINT       NOT NULL,
  created_by   VARCHAR(200) NOT NULL,
  PRIMARY KEY (secret_id, version)
);
CREATE INDEX secret_versions_key_term ON secret_versions (key_term);

CREATE TABLE audit_events (
  id            VARCHAR(36)   PRIMARY KEY,
  at            BIGINT        NOT NULL,
  actor         VARCHAR(200)  NOT NULL,
  action        VARCHAR(32)   NOT NULL,
  outcome       VARCHAR(16)   NOT NULL,
  workspace_id  VARCHAR(36),
  secret_id     VARCHAR(36),
  secret_name   VARCHAR(100),
  environment   VARCHAR(64),
  version       INTEGER,
  detail        VARCHAR(1000)
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_secret ON audit_events (secret_name, at);
