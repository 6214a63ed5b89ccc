-- Published revisions: immutable copies of the resolution, its clauses and its sponsors at publication.
CREATE TABLE revisions (
    resolution_id  TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    number         BIGINT NOT NULL,
    label          TEXT    NOT NULL,
    organ          TEXT    NOT NULL,
    formula        TEXT    NOT NULL,
    symbol         TEXT    NULL,
    title          TEXT    NULL,
    code           TEXT    NULL,
    date           TEXT    NULL,
    stage          TEXT    NOT NULL,
    version        BIGINT NOT NULL,
    seq            BIGINT NOT NULL,
    published_by   TEXT    NOT NULL REFERENCES users (id),
    published_at   TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, number)
);

CREATE TABLE revision_clauses (
    resolution_id  TEXT    NOT NULL,
    number         BIGINT NOT NULL,
    id             TEXT    NOT NULL,
    parent_id      TEXT    NULL,
    kind           TEXT    NOT NULL,
    position       BIGINT NOT NULL,
    opening        TEXT    NULL,
    text           TEXT    NOT NULL,
    version        BIGINT NOT NULL,
    sub_style      TEXT    NULL,
    PRIMARY KEY (resolution_id, number, id),
    FOREIGN KEY (resolution_id, number) REFERENCES revisions (resolution_id, number) ON DELETE CASCADE
);

CREATE TABLE revision_sponsors (
    resolution_id       TEXT    NOT NULL,
    number              BIGINT NOT NULL,
    position            BIGINT NOT NULL,
    name                TEXT    NOT NULL,
    role                TEXT    NOT NULL,
    joined_on           TEXT    NULL,
    withdrawn_on        TEXT    NULL,
    joined_revision     BIGINT NULL,
    withdrawn_revision  BIGINT NULL,
    PRIMARY KEY (resolution_id, number, position),
    FOREIGN KEY (resolution_id, number) REFERENCES revisions (resolution_id, number) ON DELETE CASCADE
);

-- The revision a sponsor first no longer sponsors.
ALTER TABLE sponsors ADD COLUMN withdrawn_revision BIGINT NULL;

-- Who made each clause version and in which event, for the clause history; unknown for versions stored before.
ALTER TABLE clause_versions ADD COLUMN seq BIGINT NULL;
ALTER TABLE clause_versions ADD COLUMN actor_id TEXT NULL;
ALTER TABLE clause_versions ADD COLUMN changed_at TEXT NULL;
UPDATE clause_versions SET seq = 0;
CREATE INDEX ix_clause_versions_unattributed ON clause_versions (resolution_id) WHERE seq IS NULL;
