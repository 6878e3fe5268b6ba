-- Server tables (V200+), one SQL for SQLite and PostgreSQL: VARCHAR ids, BIGINT epoch microseconds.
-- Column names are stable forever.

-- API tokens: only the SHA-256 of the token is stored; the token itself is shown once at creation.
CREATE TABLE api_tokens (
  id            VARCHAR(36)  PRIMARY KEY,
  token_hash    VARCHAR(64)  NOT NULL UNIQUE,
  workspace_id  VARCHAR(36)  NOT NULL REFERENCES workspaces (id),
  role          VARCHAR(16)  NOT NULL,
  created_at    BIGINT       NOT NULL,
  created_by    VARCHAR(200) NOT NULL,
  expires_at    BIGINT,
  revoked_at    BIGINT
);
