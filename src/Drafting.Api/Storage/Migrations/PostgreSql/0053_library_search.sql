-- PostgreSQL twin of Sqlite/0053: the columns SQLite's index reads, so that both engines store the same rows. PostgreSQL
-- filters by the documents' own columns (the planner joins them to the GIN index's hits), so it does not read them.
ALTER TABLE library_paragraphs ADD COLUMN meta TEXT NOT NULL DEFAULT '';
ALTER TABLE library_paragraphs ADD COLUMN search_key BIGINT NULL;
