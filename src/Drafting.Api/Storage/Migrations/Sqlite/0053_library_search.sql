-- Search at 10,000 resolutions (issue 32's benchmark: 400,000 paragraphs, p95 ≤ 50 ms at 10 searches at a time).
-- 1. The index keys paragraphs by adoption date (search_key: yyyymmdd × 100,000,000 + a counter), so that a search reads
--    its matches newest first and can rank the newest 2,000 of a broad query without reading them all, and a range of
--    years is a range of keys, which FTS5 reads alone.
-- 2. The other filters are words of the index (meta: organ, session, symbol; see LibrarySearchMeta), so a filtered
--    search is narrowed inside the index instead of joining every match to its document.
-- 3. Headings are not agreed language: they leave the index, so no search joins a match to its row to drop them.
-- The triggers go first: the backfill below must not rewrite the old index row by row.
DROP TRIGGER library_paragraphs_ai;
DROP TRIGGER library_paragraphs_ad;
DROP TRIGGER library_paragraphs_au;
DROP TABLE library_vocab;
DROP TABLE library_fts;

ALTER TABLE library_paragraphs ADD COLUMN meta TEXT NOT NULL DEFAULT '';
ALTER TABLE library_paragraphs ADD COLUMN search_key INTEGER NULL;

-- The same words as LibrarySearchMeta.Of writes for new imports (lower() and hex() as there: ASCII case, UTF-8 bytes).
UPDATE library_paragraphs SET meta = (
    SELECT 'o' || hex(lower(d.organ)) || COALESCE(' s' || d.session, '') || ' k' || hex(d.symbol_key)
    FROM library_documents d WHERE d.id = library_paragraphs.document_id);

UPDATE library_paragraphs SET search_key = keyed.k FROM (
    SELECT p.id, CAST(REPLACE(COALESCE(d.adopted_on, '0'), '-', '') AS INTEGER) * 100000000
        + ROW_NUMBER() OVER (PARTITION BY COALESCE(d.adopted_on, '0') ORDER BY p.id) AS k
    FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id) AS keyed
WHERE library_paragraphs.id = keyed.id;

CREATE UNIQUE INDEX ix_library_paragraphs_search_key ON library_paragraphs (search_key);

CREATE VIRTUAL TABLE library_fts USING fts5(words, meta, content = 'library_paragraphs', content_rowid = 'search_key', tokenize = 'unicode61');

CREATE TRIGGER library_paragraphs_ai AFTER INSERT ON library_paragraphs WHEN new.kind <> 'heading' BEGIN
    INSERT INTO library_fts (rowid, words, meta) VALUES (new.search_key, new.words, new.meta);
END;

CREATE TRIGGER library_paragraphs_ad AFTER DELETE ON library_paragraphs WHEN old.kind <> 'heading' BEGIN
    INSERT INTO library_fts (library_fts, rowid, words, meta) VALUES ('delete', old.search_key, old.words, old.meta);
END;

CREATE TRIGGER library_paragraphs_au_old AFTER UPDATE ON library_paragraphs WHEN old.kind <> 'heading' BEGIN
    INSERT INTO library_fts (library_fts, rowid, words, meta) VALUES ('delete', old.search_key, old.words, old.meta);
END;

CREATE TRIGGER library_paragraphs_au_new AFTER UPDATE ON library_paragraphs WHEN new.kind <> 'heading' BEGIN
    INSERT INTO library_fts (rowid, words, meta) VALUES (new.search_key, new.words, new.meta);
END;

INSERT INTO library_fts (rowid, words, meta) SELECT search_key, words, meta FROM library_paragraphs WHERE kind <> 'heading';

-- How many paragraphs hold each word, per column: the agreed-language check reads the words column's.
CREATE VIRTUAL TABLE library_vocab USING fts5vocab(library_fts, 'col');
