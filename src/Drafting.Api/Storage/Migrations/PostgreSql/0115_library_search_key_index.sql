-- Every import reads the last search key of its adoption date (MAX(search_key) within the day's range, LibraryStore).
-- SQLite has had an index on it since 0053; PostgreSQL had none, so each import scanned every paragraph: at 10,000
-- resolutions most of the bulk import's time. Not unique as on SQLite: two nodes importing texts of the same date at
-- once may read the same last key, and nothing on PostgreSQL reads a paragraph by its key alone.
CREATE INDEX ix_library_paragraphs_search_key ON library_paragraphs (search_key);
