-- Observer and drafter annotations: anchored to a clause by quote, re-anchored when the clause changes.
CREATE TABLE comments (
    id              TEXT    NOT NULL PRIMARY KEY,
    resolution_id   TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    parent_id       TEXT    NULL REFERENCES comments (id),
    author_id       TEXT    NOT NULL REFERENCES users (id),
    author_name     TEXT    NOT NULL,
    organization    TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    visibility      TEXT    NOT NULL,
    resolved        SMALLINT NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    clause_id       TEXT    NULL,
    quote_exact     TEXT    NULL,
    quote_prefix    TEXT    NULL,
    quote_suffix    TEXT    NULL,
    anchor_start    BIGINT NULL,
    anchor_end      BIGINT NULL,
    anchor_status   TEXT    NULL,
    created_at      TEXT    NOT NULL
);

CREATE INDEX ix_comments_resolution ON comments (resolution_id, clause_id);
