-- The silence record says who ended a silence: the pen-holder who withdrew it, or whoever moved the draft to a final
-- stage while it ran. Silences ended before this column was added keep NULL: the record then says only how they ended.
ALTER TABLE silences ADD COLUMN ended_by TEXT NULL;
