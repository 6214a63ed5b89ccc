-- Search at 10,000 resolutions, second step (issue 32: p95 ≤ 50 ms at 10 searches at a time; the first agreed-language
-- check after start ≤ 1 s).
-- 1. Phrases of common words ("requests the Secretary-General to report") read the position lists of "the" and "to"
--    over most of the index. The index now also holds each paragraph's consecutive word pairs as words of a column of
--    their own (pairs: requests_the the_secretary …), so a phrase of two words or more is searched as the phrase of its
--    pairs, each far rarer than its words (LibraryFtsQuery). Same matches: consecutive pairs ⇔ consecutive words.
-- 2. The index keeps no copy of its text (content = ''; contentless_delete lets an import delete a document's rows by
--    key): nothing reads text from it, and the pairs would have doubled the stored words. Imports write it themselves
--    (LibraryStore), since a trigger cannot compute pairs.
-- 3. Diacritics are kept (remove_diacritics 0), as PostgreSQL's 'simple' configuration and SearchWords keep them: both
--    engines find the same paragraphs, and the index's words are the words the agreed-language check counts.
-- 4. How many paragraphs hold each word is a table kept by imports (library_words), read at once by the check, instead
--    of a scan of the index's vocabulary (4.9 s on the first check after start).
DROP TRIGGER library_paragraphs_ai;
DROP TRIGGER library_paragraphs_ad;
DROP TRIGGER library_paragraphs_au_old;
DROP TRIGGER library_paragraphs_au_new;
DROP TABLE library_vocab;
DROP TABLE library_fts;

CREATE VIRTUAL TABLE library_fts USING fts5(
    words, pairs, meta, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'");

-- The pairs of each paragraph's normalized words, in order, as LibraryFtsQuery.Pairs writes them for new imports.
INSERT INTO library_fts (rowid, words, pairs, meta)
SELECT p.search_key, p.words, COALESCE((
    WITH RECURSIVE walk(i, previous, rest, pair) AS (
        SELECT 0, substr(p.words, 1, instr(p.words || ' ', ' ') - 1), substr(p.words, instr(p.words || ' ', ' ') + 1), NULL
        UNION ALL
        SELECT i + 1, substr(rest, 1, instr(rest || ' ', ' ') - 1), substr(rest, instr(rest || ' ', ' ') + 1),
               previous || '_' || substr(rest, 1, instr(rest || ' ', ' ') - 1)
        FROM walk WHERE rest <> '')
    SELECT group_concat(pair, ' ' ORDER BY i) FROM walk WHERE pair IS NOT NULL), ''), p.meta
FROM library_paragraphs p WHERE p.kind <> 'heading';

CREATE TABLE library_words (
    word       TEXT    NOT NULL PRIMARY KEY,
    paragraphs INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.library_vocab_once USING fts5vocab(main, library_fts, 'col');
INSERT INTO library_words (word, paragraphs) SELECT term, doc FROM temp.library_vocab_once WHERE col = 'words';
DROP TABLE temp.library_vocab_once;

-- 5. The library's version, one number every import raises in its own transaction: searches keep pages of hits and
--    the check its word counts under it (LibraryVersion), and read it per request, so it must cost one row, not a
--    scan of the documents.
CREATE TABLE library_version (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);

INSERT INTO library_version (id, version) VALUES (1, 1);
