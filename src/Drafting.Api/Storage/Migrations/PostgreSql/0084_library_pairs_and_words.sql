-- PostgreSQL twin of Sqlite/0084 for what both engines share: how many paragraphs hold each word, kept by imports
-- (library_words) and read at once by the agreed-language check, instead of ts_stat over every paragraph on the first
-- check after start. PostgreSQL searches phrases with its GIN index as before (no pairs).
CREATE TABLE library_words (
    word       TEXT   NOT NULL PRIMARY KEY,
    paragraphs BIGINT NOT NULL
);

INSERT INTO library_words (word, paragraphs)
SELECT word, ndoc FROM ts_stat('SELECT search FROM library_paragraphs WHERE kind <> ''heading''');

-- The library's version, one number every import raises in its own transaction (see Sqlite/0084).
CREATE TABLE library_version (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);

INSERT INTO library_version (id, version) VALUES (1, 1);
