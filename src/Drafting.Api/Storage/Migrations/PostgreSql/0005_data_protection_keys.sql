-- Data-protection keys shared by every node, so a token or cookie minted on one node is read on any other.
CREATE TABLE data_protection_keys (
    name        TEXT NOT NULL PRIMARY KEY,
    xml         TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
