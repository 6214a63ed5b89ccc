-- A search's filters become words of the paragraph's search vector, as they are words of SQLite's index (0053): the
-- GIN index then intersects a broad word with a filter itself ("sustainab:*" under the Security Council: 2,248
-- matches out of 20,000 read from the index alone) where two indexes' bitmaps led to reading every paragraph
-- holding the word. The meta words follow the paragraph's words: no phrase of ordinary words can reach them.
-- Headings are never hits: the index holds none, so none is read to be dropped.
DROP INDEX ix_library_paragraphs_meta;
DROP INDEX ix_library_paragraphs_search;
ALTER TABLE library_paragraphs DROP COLUMN search;
ALTER TABLE library_paragraphs
    ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', words) || to_tsvector('simple', meta)) STORED;
CREATE INDEX ix_library_paragraphs_search ON library_paragraphs USING GIN (search) WHERE kind <> 'heading';
-- A search of common words under an organ walks that organ's paragraphs newest first (LibraryNewestWalk): meta's first
-- word is the organ's. Walking all paragraphs instead met the other organ's newest 60,000 first ("and the" under the
-- Security Council: 158 ms against 1 ms).
CREATE INDEX ix_library_paragraphs_organ_key ON library_paragraphs (split_part(meta, ' ', 1), search_key) WHERE kind <> 'heading';
ANALYZE library_paragraphs;
