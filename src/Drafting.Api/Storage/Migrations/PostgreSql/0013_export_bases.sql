-- The text a Word file of the current draft was exported from, kept once per seq, so that a returned file is compared
-- with what it really showed (its rows as JSON: the resolution, clauses, sponsors, headings and notes at that seq).
CREATE TABLE export_bases (
    resolution_id TEXT   NOT NULL REFERENCES resolutions(id),
    seq           BIGINT NOT NULL,
    body          TEXT   NOT NULL,
    created_at    TEXT   NOT NULL,
    PRIMARY KEY (resolution_id, seq)
);
