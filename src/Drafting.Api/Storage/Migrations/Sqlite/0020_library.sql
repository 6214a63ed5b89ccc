-- The library of adopted resolutions (agreed language), read-only for users, written by imports only.
-- Paragraph words are stored normalized (Drafting.Model.Library.SearchWords) and indexed by FTS5 in the same database.
CREATE TABLE library_documents (
    id               TEXT    NOT NULL PRIMARY KEY,
    symbol           TEXT    NOT NULL,
    symbol_key       TEXT    NOT NULL UNIQUE,
    organ            TEXT    NOT NULL,
    adopted_on       TEXT    NULL,
    year             INTEGER NULL,
    session          INTEGER NULL,
    agenda_item      TEXT    NULL,
    title            TEXT    NULL,
    formula          TEXT    NOT NULL,
    file_name        TEXT    NOT NULL,
    paragraph_count  INTEGER NOT NULL,
    sort_key         TEXT    NOT NULL,
    imported_at      TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE INDEX ix_library_documents_sort ON library_documents (sort_key, id);

CREATE TABLE library_paragraphs (
    id           INTEGER NOT NULL PRIMARY KEY,
    document_id  TEXT    NOT NULL REFERENCES library_documents (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    depth        INTEGER NOT NULL,
    number       TEXT    NOT NULL,
    reference    TEXT    NOT NULL,
    opening      TEXT    NULL,
    text         TEXT    NOT NULL,
    words        TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    UNIQUE (document_id, position)
);

-- Paragraphs with the same words (Drafting.Model.Library.AgreedLanguage.Fingerprint): a draft's copied agreed language is found in one lookup.
CREATE INDEX ix_library_paragraphs_fingerprint ON library_paragraphs (fingerprint);

-- External-content FTS5 over the normalized words; the triggers keep it in step with the table.
CREATE VIRTUAL TABLE library_fts USING fts5(words, content = 'library_paragraphs', content_rowid = 'id', tokenize = 'unicode61');

CREATE TRIGGER library_paragraphs_ai AFTER INSERT ON library_paragraphs BEGIN
    INSERT INTO library_fts (rowid, words) VALUES (new.id, new.words);
END;

CREATE TRIGGER library_paragraphs_ad AFTER DELETE ON library_paragraphs BEGIN
    INSERT INTO library_fts (library_fts, rowid, words) VALUES ('delete', old.id, old.words);
END;

CREATE TRIGGER library_paragraphs_au AFTER UPDATE ON library_paragraphs BEGIN
    INSERT INTO library_fts (library_fts, rowid, words) VALUES ('delete', old.id, old.words);
    INSERT INTO library_fts (rowid, words) VALUES (new.id, new.words);
END;

-- How many paragraphs hold each word: the agreed-language check looks for a paragraph's source by its rarest words.
CREATE VIRTUAL TABLE library_vocab USING fts5vocab(library_fts, 'row');
