-- PostgreSQL twin of Sqlite/0001: integers are BIGINT so Dapper reads Int64 as it does from SQLite; flags stay 0/1
-- (SMALLINT) and timestamps stay ISO 8601 text so that every store keeps one SQL text for both providers.
-- Accounts, resolutions with their clauses and sponsors, participants and the per-resolution event log.
CREATE TABLE users (
    id             TEXT    NOT NULL PRIMARY KEY,
    user_name      TEXT    NOT NULL,
    user_name_key  TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    organization   TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    is_admin       SMALLINT NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    created_at     TEXT    NOT NULL
);

CREATE TABLE resolutions (
    id          TEXT    NOT NULL PRIMARY KEY,
    organ       TEXT    NOT NULL,
    formula     TEXT    NOT NULL,
    symbol      TEXT    NULL,
    title       TEXT    NULL,
    code        TEXT    NULL,
    date        TEXT    NULL,
    stage       TEXT    NOT NULL,
    version     BIGINT NOT NULL,
    last_seq    BIGINT NOT NULL,
    created_by  TEXT    NOT NULL REFERENCES users (id),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE clauses (
    resolution_id  TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    id             TEXT    NOT NULL,
    parent_id      TEXT    NULL,
    kind           TEXT    NOT NULL,
    position       BIGINT NOT NULL,
    opening        TEXT    NULL,
    text           TEXT    NOT NULL,
    version        BIGINT NOT NULL,
    sub_style      TEXT    NULL,
    PRIMARY KEY (resolution_id, id)
);

CREATE TABLE sponsors (
    resolution_id    TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    position         BIGINT NOT NULL,
    name             TEXT    NOT NULL,
    role             TEXT    NOT NULL,
    joined_on        TEXT    NULL,
    withdrawn_on     TEXT    NULL,
    joined_revision  BIGINT NULL,
    PRIMARY KEY (resolution_id, position)
);

CREATE TABLE participants (
    resolution_id  TEXT NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id),
    role           TEXT NOT NULL,
    added_at       TEXT NOT NULL,
    PRIMARY KEY (resolution_id, user_id)
);

CREATE INDEX ix_participants_user ON participants (user_id);

CREATE TABLE events (
    resolution_id  TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    seq            BIGINT NOT NULL,
    op_id          TEXT    NULL,
    actor_id       TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    payload        TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, seq),
    UNIQUE (resolution_id, op_id)
);
