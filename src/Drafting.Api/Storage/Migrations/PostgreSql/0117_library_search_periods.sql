-- The period of adoption becomes a word of the paragraph's search vector, "y" and the period's first year ("y2020" for
-- 2020 to 2024, "y0" undated; LibrarySearchMeta.Period): the GIN index then reads a search's matches in its newest
-- periods alone, where it fetched every match from the table to find the newest (LibraryReadPlan: "peacekeeping
-- operations", 13 ms for 3,237 matches, 3 ms for the 406 since 2015). The year is the key's: keys count from the date
-- (LibraryStore.SearchKeysPerDay), so a key divided by 5 × 10^12 is the year divided by 5.
DROP INDEX ix_library_paragraphs_search;
ALTER TABLE library_paragraphs DROP COLUMN search;
ALTER TABLE library_paragraphs
    ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple', words) || to_tsvector('simple', meta)
        || to_tsvector('simple', 'y' || (COALESCE(search_key, 0) / 5000000000000 * 5)::text)) STORED;
CREATE INDEX ix_library_paragraphs_search ON library_paragraphs USING GIN (search) WHERE kind <> 'heading';
ANALYZE library_paragraphs;
