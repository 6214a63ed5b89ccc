-- What a masthead says besides the symbol and title: the session ("Seventy-ninth session") and the agenda items, one per
-- line ("71 (b) Promotion and protection of human rights"), kept with the draft and with every published revision.
ALTER TABLE resolutions ADD COLUMN session TEXT;
ALTER TABLE resolutions ADD COLUMN agenda_items TEXT;
ALTER TABLE revisions ADD COLUMN session TEXT;
ALTER TABLE revisions ADD COLUMN agenda_items TEXT;
