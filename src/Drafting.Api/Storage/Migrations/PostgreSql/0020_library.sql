-- PostgreSQL twin of Sqlite/0020: the library of adopted resolutions. Paragraph words are stored normalized
-- (Drafting.Model.Library.SearchWords) and indexed as a 'simple' tsvector (no stemming, no stop words, like FTS5's
-- unicode61) under a GIN index, so that both engines see the same words.
CREATE TABLE library_documents (
    id               TEXT    NOT NULL PRIMARY KEY,
    symbol           TEXT    NOT NULL,
    symbol_key       TEXT    NOT NULL UNIQUE,
    organ            TEXT    NOT NULL,
    adopted_on       TEXT    NULL,
    year             BIGINT  NULL,
    session          BIGINT  NULL,
    agenda_item      TEXT    NULL,
    title            TEXT    NULL,
    formula          TEXT    NOT NULL,
    file_name        TEXT    NOT NULL,
    paragraph_count  BIGINT  NOT NULL,
    sort_key         TEXT    NOT NULL,
    imported_at      TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE INDEX ix_library_documents_sort ON library_documents (sort_key, id);

CREATE TABLE library_paragraphs (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  TEXT    NOT NULL REFERENCES library_documents (id) ON DELETE CASCADE,
    position     BIGINT  NOT NULL,
    kind         TEXT    NOT NULL,
    depth        BIGINT  NOT NULL,
    number       TEXT    NOT NULL,
    reference    TEXT    NOT NULL,
    opening      TEXT    NULL,
    text         TEXT    NOT NULL,
    words        TEXT    NOT NULL,
    fingerprint  TEXT    NOT NULL,
    search       TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED,
    UNIQUE (document_id, position)
);

-- Paragraphs with the same words (Drafting.Model.Library.AgreedLanguage.Fingerprint): a draft's copied agreed language is found in one lookup.
CREATE INDEX ix_library_paragraphs_fingerprint ON library_paragraphs (fingerprint);

CREATE INDEX ix_library_paragraphs_search ON library_paragraphs USING GIN (search);
