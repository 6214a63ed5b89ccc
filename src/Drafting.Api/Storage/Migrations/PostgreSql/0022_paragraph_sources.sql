-- Agreed language taken from the library: the adopted paragraph (Drafting.Model.Library.ParagraphSource, as JSON) that a
-- clause version or an insert proposal was taken from, so the clause history and the proposal card can say so.
ALTER TABLE clause_versions ADD COLUMN source TEXT NULL;
ALTER TABLE proposals ADD COLUMN source TEXT NULL;
