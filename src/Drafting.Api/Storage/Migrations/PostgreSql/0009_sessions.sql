-- PostgreSQL twin of Sqlite/0008: a security stamp and a disabled flag per account, and the sessions ended one by one.
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN is_disabled SMALLINT NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1));
UPDATE users SET security_stamp = md5(random()::text || id);
CREATE TABLE ended_sessions (
    session_id  TEXT NOT NULL PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    expires_at  TEXT NOT NULL
);
