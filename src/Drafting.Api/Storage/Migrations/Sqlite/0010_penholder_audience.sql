-- Before the pen-holder audience existed, an organization-only comment was read by the pen-holders too. It keeps its
-- readers: every such comment becomes "its organization and the pen-holder", in the table and in its logged events
-- (which catch-up reads), so that lists, catch-up and exports agree and nobody loses or gains sight of anything written.
UPDATE comments SET visibility = 'Penholder' WHERE visibility = 'Organization';
UPDATE events SET payload = REPLACE(payload, '"visibility":"organization"', '"visibility":"penholder"')
WHERE type IN ('CommentAdded', 'CommentChanged');
