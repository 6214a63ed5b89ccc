-- The audience of an organization-only thread is the organization of the comment that opened it, whoever replies:
-- a pen-holder's reply in the African Union's private thread is for the African Union, not for the pen-holder's delegation.
ALTER TABLE comments ADD COLUMN audience TEXT NULL;
UPDATE comments SET audience = organization WHERE parent_id IS NULL;
UPDATE comments SET audience = (SELECT p.organization FROM comments p WHERE p.id = comments.parent_id) WHERE parent_id IS NOT NULL;
