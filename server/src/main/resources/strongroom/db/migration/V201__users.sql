-- Users, memberships, sessions and login throttling (V201), one SQL for SQLite and PostgreSQL:
-- VARCHAR ids, BIGINT epoch microseconds, INTEGER 0/1 flags. Column names are stable forever.

-- People who log in. password_hash is an argon2id PHC string; is_owner = 1 means admin everywhere.
CREATE TABLE users (
  id             VARCHAR(36)  PRIMARY KEY,
  username       VARCHAR(64)  NOT NULL UNIQUE,
  password_hash  VARCHAR(200) NOT NULL,
  is_owner       INTEGER      NOT NULL,
  created_at     BIGINT       NOT NULL
);

-- A user's role in one workspace.
CREATE TABLE memberships (
  user_id        VARCHAR(36)  NOT NULL REFERENCES users (id),
  workspace_id   VARCHAR(36)  NOT NULL REFERENCES workspaces (id),
  role           VARCHAR(16)  NOT NULL,
  created_at     BIGINT       NOT NULL,
  PRIMARY KEY (user_id, workspace_id)
);

-- Login sessions, in the database so several servers share them. Only SHA-256 hashes of the
-- session id (the cookie) and of the CSRF token are stored.
CREATE TABLE sessions (
  id             VARCHAR(36)  PRIMARY KEY,
  token_hash     VARCHAR(64)  NOT NULL UNIQUE,
  csrf_hash      VARCHAR(64)  NOT NULL,
  user_id        VARCHAR(36)  NOT NULL REFERENCES users (id),
  created_at     BIGINT       NOT NULL,
  expires_at     BIGINT       NOT NULL
);

-- Failed logins per presented username (known or not), for slowing down and locking.
CREATE TABLE login_throttle (
  username         VARCHAR(64)  PRIMARY KEY,
  failures         INTEGER      NOT NULL,
  last_failure_at  BIGINT       NOT NULL,
  locked_until     BIGINT
);
