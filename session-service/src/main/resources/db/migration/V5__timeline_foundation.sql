-- The timeline of a session: how far a client's clock may run ahead of the server's, and after how long a
-- fact charted late is a late entry. Alerts no longer all come from one reading (sedation, missed vitals, an
-- unclosed session): the reading is optional, and an alert about a due time point names it.
ALTER TABLE session_protocol
    ADD COLUMN clock_skew_minutes         integer NOT NULL DEFAULT 2  CHECK (clock_skew_minutes BETWEEN 0 AND 60),
    ADD COLUMN charting_allowance_minutes integer NOT NULL DEFAULT 15 CHECK (charting_allowance_minutes BETWEEN 0 AND 240);
ALTER TABLE session_protocol ALTER COLUMN clock_skew_minutes DROP DEFAULT, ALTER COLUMN charting_allowance_minutes DROP DEFAULT;

ALTER TABLE session_alert ALTER COLUMN reading_id DROP NOT NULL;
ALTER TABLE session_alert ADD COLUMN due_at timestamptz;
ALTER TABLE session_alert ADD CONSTRAINT session_alert_due_once UNIQUE (session_id, kind, due_at);
