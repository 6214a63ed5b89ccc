-- Sessions that can be ended: a security stamp per account (changed by "sign out everywhere", a password change or
-- a disable, which ends every token, cookie and hub connection issued before), a disabled flag, and the sessions
-- ended one by one (a sign-out, a refresh token used), kept until the longest token they could carry expires.
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN is_disabled INTEGER NOT NULL DEFAULT 0;
UPDATE users SET security_stamp = lower(hex(randomblob(16)));
CREATE TABLE ended_sessions (
    session_id  TEXT NOT NULL PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    expires_at  TEXT NOT NULL
);
