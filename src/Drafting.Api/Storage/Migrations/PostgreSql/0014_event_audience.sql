-- Who may read an event is stored beside it, in its own columns, instead of being dug out of its JSON on every
-- catch-up: null for an event every participant reads; for a comment event its visibility (All, Penholder,
-- Organization) and the organization it belongs to. Events logged before carry the same answer, read once from
-- their payload (threads logged before audiences existed name only the author's organization).
ALTER TABLE events ADD COLUMN visibility TEXT NULL;
ALTER TABLE events ADD COLUMN audience TEXT NULL;
UPDATE events SET
    visibility = CASE lower(payload::jsonb ->> 'visibility') WHEN 'all' THEN 'All' WHEN 'penholder' THEN 'Penholder' ELSE 'Organization' END,
    audience = COALESCE(payload::jsonb ->> 'audience', payload::jsonb -> 'author' ->> 'organization')
WHERE type IN ('CommentAdded', 'CommentChanged');
