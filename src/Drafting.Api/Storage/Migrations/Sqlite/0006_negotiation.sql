-- Negotiation: the editing mode, proposals by delegation, the silence procedure, and who proposed an accepted change.
ALTER TABLE resolutions ADD COLUMN mode TEXT NOT NULL DEFAULT 'Open';

-- An accepted proposal's change is attributed to the proposing delegation in the clause history.
ALTER TABLE clause_versions ADD COLUMN proposed_by TEXT NULL;

CREATE TABLE proposals (
    resolution_id    TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    id               TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    clause_id        TEXT    NULL,
    after_clause_id  TEXT    NULL,
    insert_kind      TEXT    NULL,
    parent_id        TEXT    NULL,
    text             TEXT    NULL,
    base_version     INTEGER NULL,
    base_text        TEXT    NULL,
    rationale        TEXT    NULL,
    organization     TEXT    NOT NULL,
    proposer_id      TEXT    NOT NULL,
    proposer_name    TEXT    NOT NULL,
    supporters       TEXT    NOT NULL DEFAULT '[]',
    status           TEXT    NOT NULL,
    decided_by       TEXT    NULL,
    decided_at       TEXT    NULL,
    reason           TEXT    NULL,
    accepted_text    TEXT    NULL,
    created_at       TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, id)
);
CREATE INDEX ix_proposals_open ON proposals (resolution_id, status);

CREATE TABLE silences (
    resolution_id  TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    id             TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    until_at       TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    started_by     TEXT    NOT NULL,
    started_at     TEXT    NOT NULL,
    ended_at       TEXT    NULL,
    PRIMARY KEY (resolution_id, id)
);
-- The deadline announcer looks for running silences whose deadline has come.
CREATE INDEX ix_silences_running ON silences (status, until_at);

CREATE TABLE silence_breaks (
    resolution_id  TEXT    NOT NULL,
    silence_id     TEXT    NOT NULL,
    organization   TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    statement      TEXT    NOT NULL,
    broken_at      TEXT    NOT NULL,
    FOREIGN KEY (resolution_id, silence_id) REFERENCES silences (resolution_id, id) ON DELETE CASCADE
);
