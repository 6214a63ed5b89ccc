-- Search at 10,000 resolutions, third step (issue 32): the full-text index as the bulk import and migration 0084 left
-- it is many segments, and every search reads each of them. Merged into one, a phrase is answered in half the time.
-- Bulk imports merge it again when they end (LibraryIndexMerge); imports through the API leave it to FTS5's own merging.
INSERT INTO library_fts (library_fts) VALUES ('optimize');
