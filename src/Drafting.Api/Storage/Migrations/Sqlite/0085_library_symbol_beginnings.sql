-- Search at 10,000 resolutions, third step (issue 32: p95 ≤ 50 ms at 10 searches at a time).
-- 1. A symbol filter ("S/RES/2") was a prefix query over the index's symbol words (k…), which merges the paragraph
--    lists of every symbol it begins, a thousand at 10,000 resolutions: 7 ms of a search's 8. Every beginning of the
--    symbol is now a word of its own in the index's meta (p and the hexadecimal of the symbol's first bytes, 1 to all
--    of them; LibrarySearchMeta.Beginnings), and a symbol filter is that one word. They are indexed, not stored: the
--    paragraphs' meta column keeps the organ, session and symbol only.
-- 2. The index is rebuilt with the new meta (it keeps no copy of its text, so a row is written whole, its pairs
--    computed as in migration 0084) and merged into one segment: the bulk import and 0084 left many, and every search
--    reads each. Merged, a phrase is answered in half the time. Bulk imports merge it again when they end
--    (LibraryIndexMerge); imports through the API leave it to FTS5's own merging.
CREATE TEMP TABLE library_symbol_beginnings (id TEXT NOT NULL PRIMARY KEY, words TEXT NOT NULL);

INSERT INTO temp.library_symbol_beginnings (id, words)
WITH RECURSIVE beginning(id, symbol, bytes, words) AS (
    SELECT id, hex(symbol_key), 1, 'p' || substr(hex(symbol_key), 1, 2) FROM library_documents WHERE symbol_key <> ''
    UNION ALL
    SELECT id, symbol, bytes + 1, words || ' p' || substr(symbol, 1, 2 * (bytes + 1)) FROM beginning WHERE 2 * (bytes + 1) <= length(symbol)
)
SELECT id, words FROM beginning WHERE 2 * bytes = length(symbol);

DROP TABLE library_fts;

CREATE VIRTUAL TABLE library_fts USING fts5(
    words, pairs, meta, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'");

-- The pairs of each paragraph's normalized words, in order, as LibraryFtsQuery.Pairs writes them for new imports: each
-- word after the one before it, the words read as a JSON array (they are letters and digits only). A third faster at
-- 10,000 resolutions than 0084's walk along the text, which copies the rest of the text at each word.
INSERT INTO library_fts (rowid, words, pairs, meta)
SELECT p.search_key, p.words, COALESCE((
    SELECT group_concat(previous || '_' || value, ' ' ORDER BY key)
    FROM (SELECT key, value, lag(value) OVER (ORDER BY key) AS previous FROM json_each('["' || replace(p.words, ' ', '","') || '"]'))
    WHERE previous IS NOT NULL), ''), p.meta || COALESCE((SELECT ' ' || b.words FROM temp.library_symbol_beginnings b WHERE b.id = p.document_id), '')
FROM library_paragraphs p WHERE p.kind <> 'heading';

DROP TABLE temp.library_symbol_beginnings;

INSERT INTO library_fts (library_fts) VALUES ('optimize');
