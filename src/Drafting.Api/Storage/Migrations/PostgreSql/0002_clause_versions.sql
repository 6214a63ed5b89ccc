-- Every text a clause has had, by version: the base of a three-way merge when an edit arrives on an older version.
CREATE TABLE clause_versions (
    resolution_id  TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    clause_id      TEXT    NOT NULL,
    version        BIGINT NOT NULL,
    text           TEXT    NOT NULL,
    PRIMARY KEY (resolution_id, clause_id, version)
);

INSERT INTO clause_versions (resolution_id, clause_id, version, text)
SELECT resolution_id, id, version, text FROM clauses;
