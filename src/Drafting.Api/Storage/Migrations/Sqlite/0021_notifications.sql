-- What needs each user: one row per person told of an event (silence, revision, proposal decided or waiting), written in
-- the event's own transaction, with the time the person read it. The id orders a user's notifications and is what
-- "read up to" names.
CREATE TABLE notifications (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        TEXT    NOT NULL REFERENCES users (id),
    resolution_id  TEXT    NOT NULL REFERENCES resolutions (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    kind           TEXT    NOT NULL,
    summary        TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    read_at        TEXT    NULL
);
CREATE INDEX ix_notifications_user ON notifications (user_id, id);
CREATE INDEX ix_notifications_event ON notifications (resolution_id, seq);
