-- Headings inside the operative part ("Assets freeze"), each standing before one operative paragraph.
CREATE TABLE headings (
    resolution_id     TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    before_clause_id  TEXT    NOT NULL,
    text              TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, id)
);

-- The headings of each published revision, copied at publication like its clauses.
CREATE TABLE revision_headings (
    resolution_id     TEXT    NOT NULL,
    number            BIGINT  NOT NULL,
    id                TEXT    NOT NULL,
    before_clause_id  TEXT    NOT NULL,
    text              TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, number, id),
    FOREIGN KEY (resolution_id, number) REFERENCES revisions (resolution_id, number) ON DELETE CASCADE
);

-- Footnotes on clauses, each at an offset in the clause text.
CREATE TABLE notes (
    resolution_id  TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    clause_id      TEXT    NOT NULL,
    position       BIGINT  NOT NULL,
    offset_in_text BIGINT  NOT NULL,
    text           TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, clause_id, position)
);

CREATE TABLE revision_notes (
    resolution_id  TEXT    NOT NULL,
    number         BIGINT  NOT NULL,
    clause_id      TEXT    NOT NULL,
    position       BIGINT  NOT NULL,
    offset_in_text BIGINT  NOT NULL,
    text           TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, number, clause_id, position),
    FOREIGN KEY (resolution_id, number) REFERENCES revisions (resolution_id, number) ON DELETE CASCADE
);
