-- 1. Every import reads the last search key of its adoption date (MAX(search_key) within the day's range, LibraryStore).
--    SQLite has had an index on it since 0053; PostgreSQL had none, so each import scanned every paragraph: at 10,000
--    resolutions most of the bulk import's time. Not unique as on SQLite: two nodes importing texts of the same date at
--    once may read the same last key, and nothing on PostgreSQL reads a paragraph by its key alone.
CREATE INDEX ix_library_paragraphs_search_key ON library_paragraphs (search_key);

-- 2. A search now reads its newest matches by key, and a year range as a range of keys (LibrarySearchStore), which the
--    planner intersects with the GIN index's hits; 0053 added the column without keying the paragraphs already imported. They
--    take the keys after their date's last, in the order they were imported, as an import would have given them.
UPDATE library_paragraphs SET search_key = keyed.k FROM (
    SELECT p.id, day.low + COALESCE((SELECT MAX(q.search_key) - day.low FROM library_paragraphs q
                                     WHERE q.search_key >= day.low AND q.search_key < day.low + 100000000), -1)
               + ROW_NUMBER() OVER (PARTITION BY day.low ORDER BY p.id) AS k
    FROM library_paragraphs p JOIN library_documents d ON d.id = p.document_id
    CROSS JOIN LATERAL (SELECT CAST(REPLACE(COALESCE(d.adopted_on, '0'), '-', '') AS BIGINT) * 100000000 AS low) AS day
    WHERE p.search_key IS NULL) AS keyed
WHERE library_paragraphs.id = keyed.id;

-- 3. The organ filter compares LOWER(organ), of which the planner knew nothing: it guessed 50 of 10,000 documents for
--    "Security Council" (5,000), and joined each of them to the GIN index in turn, 5 s and more for a common phrase.
CREATE STATISTICS library_documents_lower_organ ON (LOWER(organ)) FROM library_documents;
ANALYZE library_documents;

-- 4. The organ, session and symbol filters are also words of meta (LibrarySearchMeta, written by every import since
--    0053), under a GIN index of their own: the planner intersects it with the words' index, so a common word under a
--    narrow filter ("devel*" in S/RES/2…: 1 s) reads only the filtered matches (60 ms). Paragraphs imported before 0053
--    get the words an import writes (the organ lower-cased in ASCII only, as AsciiLower; hex upper-case, UTF-8 bytes).
UPDATE library_paragraphs SET meta = (
    SELECT 'o' || UPPER(encode(convert_to(translate(d.organ, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'UTF8'), 'hex'))
        || COALESCE(' s' || d.session, '') || ' k' || UPPER(encode(convert_to(d.symbol_key, 'UTF8'), 'hex'))
    FROM library_documents d WHERE d.id = library_paragraphs.document_id)
WHERE meta = '';

CREATE INDEX ix_library_paragraphs_meta ON library_paragraphs USING GIN (to_tsvector('simple', meta));
